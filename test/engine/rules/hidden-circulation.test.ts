import type { CaseMessage } from '../../../src/engine/define-rule';
import { buildContext } from '../../../src/engine/build-context';
import type { PolicyFile } from '../../../src/engine/model/policy';
import { runRules } from '../../../src/engine/run-rules';
import { hiddenCirculation } from '../../../src/engine/rules/hidden-circulation';
import { draftFromCase, policyForCase } from '../../support/case-draft';

const LIST = 'All Councillors <all.councillors@northdown.gov.uk>';
const OFFICER = 'Democratic Services <democratic.services@northdown.gov.uk>';

function findings(message: CaseMessage, policy?: PolicyFile) {
  const draft = draftFromCase(message);
  return runRules([hiddenCirculation], buildContext(draft, policyForCase({ policy }), new Date(draft.receivedAt!))).findings;
}

describe('hidden-circulation', () => {
  it('names the list and offers a circulation line', () => {
    const [f] = findings({ from: OFFICER, to: [LIST], text: 'Dear all,\n\nPapers attached.' });
    expect(f.evidence).toBe('All Councillors <all.councillors@northdown.gov.uk>');
    expect(f.fixes).toEqual([{ kind: 'insert-notation', label: 'Add a circulation line', text: 'Sent to all councillors.' }]);
  });

  it('cites Woking 11.3; other presets have no clause for it', () => {
    const text = 'Dear all,\n\nPapers attached.';
    expect(findings({ from: OFFICER, to: [LIST], text }, { protocol: 'woking' })[0].clause).toBe('Woking 11.3');
    expect(findings({ from: OFFICER, to: [LIST], text }, { protocol: 'harlow' })[0].clause).toBe('Harlow');
  });

  it('is satisfied once the suggested line is inserted', () => {
    expect(findings({ from: OFFICER, to: [LIST], text: 'Sent to all councillors.\n\nDear all,\n\nPapers attached.' })).toEqual([]);
  });
});
