import type { CaseMessage } from '../../../src/engine/define-rule';
import { buildContext } from '../../../src/engine/build-context';
import type { PolicyFile } from '../../../src/engine/model/policy';
import { runRules } from '../../../src/engine/run-rules';
import { informationParity } from '../../../src/engine/rules/information-parity';
import { draftFromCase, policyForCase } from '../../support/case-draft';

const OFFICER = 'Mark Ellis <mark.ellis@northdown.gov.uk>';
const COLE = 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>';
const quoted = `\n\nFrom: ${COLE}\nSent: 09 February 2026 16:55\nTo: ${OFFICER}\nSubject: Charges\n\nIs the charge going up?`;

function findings(message: CaseMessage, policy?: PolicyFile) {
  const draft = draftFromCase(message);
  return runRules([informationParity], buildContext(draft, policyForCase({ policy }), new Date(draft.receivedAt!))).findings;
}

describe('information-parity', () => {
  it('offers both parity lines as advice, citing Woking 7.3(v)', () => {
    const [f] = findings({ from: OFFICER, to: [COLE], kind: 'reply', text: 'Dear Brian,\n\nYes, to £32.\n\nMark' + quoted }, { protocol: 'woking' });
    expect([f.severity, f.clause]).toEqual(['info', 'Woking 7.3(v)']);
    expect(f.fixes.map((x) => x.kind)).toEqual(['insert-notation', 'insert-notation']);
  });

  it('is satisfied by either suggested line', () => {
    const [f] = findings({ from: OFFICER, to: [COLE], kind: 'reply', text: 'Dear Brian,\n\nYes, to £32.\n\nMark' + quoted });
    for (const fix of f.fixes) {
      if (fix.kind !== 'insert-notation') throw new Error('unexpected fix');
      expect(findings({ from: OFFICER, to: [COLE], kind: 'reply', text: `Dear Brian,\n\nYes, to £32. ${fix.text}\n\nMark` + quoted })).toEqual([]);
    }
  });

  it('does not fire when the reply goes to the councillor list', () => {
    expect(findings({ from: OFFICER, to: [COLE], cc: ['all.councillors@northdown.gov.uk'], kind: 'reply', text: 'Dear Brian,\n\nYes, to £32.' + quoted })).toEqual([]);
  });
});
