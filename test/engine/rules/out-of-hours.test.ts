import type { CaseMessage } from '../../../src/engine/define-rule';
import { buildContext } from '../../../src/engine/build-context';
import type { PolicyFile } from '../../../src/engine/model/policy';
import { runRules } from '../../../src/engine/run-rules';
import { outOfHours } from '../../../src/engine/rules/out-of-hours';
import { draftFromCase, policyForCase } from '../../support/case-draft';

const PATEL = 'Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>';
const OFFICER = 'Sam Reid <sam.reid@northdown.gov.uk>';

function findings(message: CaseMessage, policy?: PolicyFile, now?: string) {
  const draft = draftFromCase(message);
  return runRules([outOfHours], buildContext(draft, policyForCase({ policy }), new Date(now ?? draft.receivedAt!))).findings;
}

describe('out-of-hours', () => {
  it('suggests delivery at the next working morning, skipping the Easter bank holidays, with the local offset', () => {
    const [f] = findings({ from: PATEL, to: [OFFICER], text: 'Sam, a question.', at: '2026-04-02T17:30:00+01:00' });
    expect(f.severity).toBe('info');
    expect(f.evidence).toBe('Thursday 2 April, 17:30');
    expect(f.fixes).toEqual([{ kind: 'delay-delivery', label: 'Deliver on Tuesday 7 April, 09:00', until: '2026-04-07T09:00:00+01:00' }]);
  });

  it('suggests the same morning when written before work starts', () => {
    const [f] = findings({ from: PATEL, to: [OFFICER], text: 'Sam, a question.', at: '2026-02-11T06:50:00Z' });
    expect(f.fixes[0]).toMatchObject({ until: '2026-02-11T09:00:00+00:00' });
  });

  it('judges the time the check is run (compose time), not only the dated header', () => {
    expect(findings({ from: PATEL, to: [OFFICER], text: 'Sam, a question.', at: '2026-02-10T10:30:00Z' }, undefined, '2026-02-10T22:00:00Z')).toHaveLength(1);
  });

  it('cites Harlow 6.9 and Rushcliffe "Access to staff"', () => {
    const msg: CaseMessage = { from: PATEL, to: [OFFICER], text: 'Sam, a question.', at: '2026-02-14T10:00:00Z' };
    expect(findings(msg, { protocol: 'harlow' })[0].clause).toBe('Harlow 6.9');
    expect(findings(msg, { protocol: 'rushcliffe' })[0].clause).toBe('Rushcliffe: Access to staff');
  });

  it('respects a policy that turns it off', () => {
    expect(findings({ from: PATEL, to: [OFFICER], text: 'Sam', at: '2026-02-14T10:00:00Z' }, { rules: { 'out-of-hours': 'off' } })).toEqual([]);
  });
});
