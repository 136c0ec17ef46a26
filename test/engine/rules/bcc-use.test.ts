import type { CaseMessage } from '../../../src/engine/define-rule';
import { buildContext } from '../../../src/engine/build-context';
import type { PolicyFile } from '../../../src/engine/model/policy';
import { runRules } from '../../../src/engine/run-rules';
import { bccUse } from '../../../src/engine/rules/bcc-use';
import { draftFromCase, policyForCase } from '../../support/case-draft';

const OFFICER = 'Mark Hughes <mark.hughes@northdown.gov.uk>';
const BROWN = 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>';

function findings(message: CaseMessage, policy?: PolicyFile) {
  const draft = draftFromCase(message);
  const ctx = buildContext(draft, policyForCase({ policy }), new Date(draft.receivedAt!));
  return runRules([bccUse], ctx).findings;
}

const text = 'Dear Cllr Brown,\n\nThe skip has gone.\n\nMark';

describe('bcc-use', () => {
  it('names the silent copy and offers to move it to Cc or remove it', () => {
    const [f] = findings({ from: OFFICER, to: [BROWN], bcc: ['Sue Grant <sue.grant@northdown.gov.uk>', 'casework@northdown.gov.uk'], text });
    expect(f.evidence).toBe('Sue Grant <sue.grant@northdown.gov.uk>');
    expect(f.message).toMatch(/^Sue Grant is copied in silently/);
    expect(f.fixes).toEqual([
      { kind: 'move-bcc-to-cc', label: 'Move to Cc', recipients: [{ name: 'Sue Grant', email: 'sue.grant@northdown.gov.uk' }] },
      { kind: 'remove-recipient', label: 'Remove Sue Grant from Bcc', field: 'bcc', recipient: { name: 'Sue Grant', email: 'sue.grant@northdown.gov.uk' } },
    ]);
  });

  it('does not offer to expose several residents to each other in Cc', () => {
    const bcc = ['a@example.com', 'b@example.com', 'c@example.com', 'd@example.com'];
    const [f] = findings({ from: OFFICER, to: [OFFICER], cc: [BROWN], bcc, text });
    expect(f.fixes.map((x) => x.kind)).not.toContain('move-bcc-to-cc');
    expect(f.message).toContain('separate message');
    expect(f.evidence).toBe('a@example.com, b@example.com, c@example.com and 1 more');
  });

  it('is an error under the Woking preset, citing 11.3', () => {
    const [f] = findings({ from: OFFICER, to: [BROWN], bcc: ['sue.grant@northdown.gov.uk'], text }, { protocol: 'woking' });
    expect([f.severity, f.clause]).toEqual(['error', 'Woking 11.3']);
  });

  it('respects a policy that turns the rule off', () => {
    expect(findings({ from: OFFICER, to: [BROWN], bcc: ['sue.grant@northdown.gov.uk'], text }, { rules: { 'bcc-use': 'off' } })).toEqual([]);
  });
});
