import type { CaseMessage } from '../../../src/engine/define-rule';
import { buildContext } from '../../../src/engine/build-context';
import type { PolicyFile } from '../../../src/engine/model/policy';
import { runRules } from '../../../src/engine/run-rules';
import { wardCapacityUnstated } from '../../../src/engine/rules/ward-capacity-unstated';
import { draftFromCase, policyForCase } from '../../support/case-draft';

const RESIDENT = 'Lisa Barnes <lisa.barnes@example.com>';
const text = 'Dear Lisa,\n\nI have reported the hedge.\n\nBest wishes,\nCarol Davies';

function findings(message: CaseMessage, policy?: PolicyFile) {
  const draft = draftFromCase(message);
  return runRules([wardCapacityUnstated], buildContext(draft, policyForCase({ policy }), new Date(draft.receivedAt!))).findings;
}

describe('ward-capacity-unstated', () => {
  it('offers a capacity line and a sign-off naming the ward from the directory, even from a private alias', () => {
    const [f] = findings({ from: 'Carol Davies <carol.d.home@example.net>', to: [RESIDENT], text });
    expect(f.fixes).toEqual([
      { kind: 'insert-notation', label: 'Say in what capacity you write', text: 'I am writing as ward councillor for Riverside.' },
      { kind: 're-sign', label: 'Add your ward to the sign-off', signOff: 'Carol Davies', replacement: 'Carol Davies\nWard Councillor for Riverside' },
    ]);
  });

  it('is satisfied once either suggestion is applied', () => {
    const from = 'Carol Davies <carol.d.home@example.net>';
    expect(findings({ from, to: [RESIDENT], text: 'Dear Lisa,\n\nI am writing as ward councillor for Riverside. I have reported the hedge.\n\nBest wishes,\nCarol Davies' })).toEqual([]);
    expect(findings({ from, to: [RESIDENT], text: text + '\nWard Councillor for Riverside' })).toEqual([]);
  });

  it('falls back to a general line when the directory has no ward', () => {
    const [f] = findings({ from: 'Cllr Zoe Hart <zoe.hart@gmail.com>', to: [RESIDENT], text: 'Dear Lisa,\n\nReported.\n\nZoe' });
    expect(f.fixes).toEqual([{ kind: 'insert-notation', label: 'Say in what capacity you write', text: 'I am writing as a ward councillor.' }]);
  });

  it.each([
    ['harlow', 'warning', 'Harlow 7.3'],
    ['model', 'info', 'Model protocol'],
  ] as const)('under %s it is %s (%s)', (protocol, severity, clause) => {
    const [f] = findings({ from: 'Cllr Carol Davies <carol.davies@members.northdown.gov.uk>', to: [RESIDENT], text }, { protocol });
    expect([f.severity, f.clause]).toEqual([severity, clause]);
  });

  it('is off under the other presets', () => {
    for (const protocol of ['woking', 'runnymede', 'rushcliffe', 'bursledon'] as const) {
      expect(findings({ from: 'Cllr Carol Davies <carol.davies@members.northdown.gov.uk>', to: [RESIDENT], text }, { protocol })).toEqual([]);
    }
  });
});
