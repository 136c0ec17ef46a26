import type { CaseMessage } from '../../../src/engine/define-rule';
import { buildContext } from '../../../src/engine/build-context';
import type { PolicyFile } from '../../../src/engine/model/policy';
import { runRules } from '../../../src/engine/run-rules';
import { partyPoliticalRequest } from '../../../src/engine/rules/party-political-request';
import { draftFromCase, policyForCase } from '../../support/case-draft';

const COLE = 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>';
const OFFICER = 'Priya Shah <priya.shah@northdown.gov.uk>';

function findings(message: CaseMessage, policy?: PolicyFile) {
  const draft = draftFromCase(message);
  return runRules([partyPoliticalRequest], buildContext(draft, policyForCase({ policy }), new Date(draft.receivedAt!))).findings;
}

describe('party-political-request', () => {
  it('explains a meeting request and cites Rushcliffe by section heading', () => {
    const [f] = findings({ from: COLE, to: [OFFICER], text: 'Could you come to our Labour group meeting on Monday?' }, { protocol: 'rushcliffe' });
    expect(f.evidence).toBe('Labour group meeting');
    expect(f.message).toMatch(/party or group meeting/);
    expect([f.severity, f.clause]).toEqual(['warning', 'Rushcliffe: Political group meetings']);
    expect(f.fixes).toEqual([]);
  });

  it('explains a campaign request', () => {
    const [f] = findings({ from: COLE, to: [OFFICER], text: 'Could you help us with canvassing on Saturday?' });
    expect(f.message).toMatch(/campaign or party material/);
  });

  it('does not read a councillor-to-councillor message', () => {
    expect(findings({ from: COLE, to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'], text: 'Could you come to our group meeting on Monday?' })).toEqual([]);
  });
});
