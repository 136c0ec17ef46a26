import type { InvalidRuleCase, RuleCase } from '../../../src/engine/define-rule';
import { RULES } from '../../../src/engine/rules';
import { testRule } from '../../support/rule-tester';
import { BROWN, COLE, DAVIES, EVANS, OFFICER, PATEL, RESIDENT, RESIDENT_2, outlookQuote, wroteQuote } from './people';

/**
 * A third set of wordings for the core rules, measured before any change was made for them:
 * commitments and instructions in other grammatical shapes, and notations phrased other ways.
 */
const letter = (line: string, sign = 'Kind regards,\n\nCllr Brian Cole\nWard Councillor for Westmoor', from = COLE, to = [RESIDENT]) => ({ from, to, text: `Dear Mr Quinn,\n\n${line}\n\n${sign}` });
const enquiry = outlookQuote(BROWN, OFFICER, 'Fly-tipping on Kiln Lane', 'Nadia,\n\nCan the rubbish on Kiln Lane be cleared?\n\nAlice');
const reply = (line: string) => `Dear Alice,\n\nThe rubbish was cleared on Monday. ${line}\n\nNadia${enquiry}`;

const SETS: Record<string, { valid: readonly RuleCase[]; invalid: readonly InvalidRuleCase[] }> = {
  'obligation-in-councillor-name': {
    valid: [
      { name: 'asks officers to consider', message: letter('I have asked officers to consider whether the Council can fund a new fence.') },
      { name: '"it may be possible"', message: letter('It may be possible for the Council to offer a partial refund, and I will find out.') },
      { name: 'reports a decision with reasons', message: letter('The Council chose not to renew the lease in 2023 because the building failed its safety survey.') },
      { name: '"I will press for"', message: letter('I will press for the crossing to be included in next year\'s programme.') },
      { name: 'councillor to officer, no outsider', message: { from: COLE, to: [OFFICER], text: 'Nadia,\n\nThe Council will need to refund Mr Quinn, I think - can you check?\n\nBrian' } },
    ],
    invalid: [
      { name: 'passive promise of a repair', message: letter('Your broken streetlight will be repaired by the Council within ten days.'), evidence: 'repaired' },
      { name: 'promise of a payment with an amount', message: letter('I am pleased to tell you the Council is going to pay you £400 towards the damage.'), evidence: 'pay' },
      { name: 'instruction with a date to a business', message: letter('You are instructed to remove the advertising boards by Friday 13 March.', 'Cllr Brian Cole', COLE, ['Owner <owner@shop.example>']), evidence: 'instructed' },
      { name: 'officer drafts an instruction for the Leader to sign', message: { from: OFFICER, to: [RESIDENT_2], text: 'Dear Ms Lam,\n\nYou must cut back the hedge overhanging the footpath within 28 days.\n\nYours sincerely,\n\nCllr Alice Brown\nLeader of the Council' }, evidence: 'must' },
      { name: '"we shall" meaning the Council', message: letter('We shall resurface the whole of Vale Road in the summer.'), evidence: 'resurface' },
    ],
  },
  'councillor-not-on-original': {
    valid: [
      { name: '"I\'ve also copied Councillor Cole"', message: { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', text: reply("I've also copied Councillor Cole, whose ward it borders.") } },
      { name: '"Cllr Cole (copied)"', message: { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', text: reply('Cllr Cole (copied) asked about the same site.') } },
      { name: '"adding Cllr Cole to this thread"', message: { from: OFFICER, to: [BROWN, COLE], kind: 'reply', text: reply('I am adding Cllr Cole to this thread as it affects both wards.') } },
      { name: 'notation names two added councillors', message: { from: OFFICER, to: [BROWN], cc: [COLE, EVANS], kind: 'reply', text: reply('I have copied in Councillors Cole and Evans.') } },
      { name: 'added recipient is an officer', message: { from: OFFICER, to: [BROWN], cc: ['Ravi Dutt <ravi.dutt@northdown.gov.uk>'], kind: 'reply', text: reply('Ravi in Waste is copied.') } },
    ],
    invalid: [
      { name: 'no notation at all', message: { from: OFFICER, to: [BROWN], cc: [PATEL], kind: 'reply', text: reply('') }, evidence: 'Dev Patel' },
      { name: 'notation is hypothetical', message: { from: OFFICER, to: [BROWN], cc: [PATEL], kind: 'reply', text: reply('Let me know if you would like me to copy in Cllr Patel.') }, evidence: 'Dev Patel' },
      { name: 'notation says the opposite', message: { from: OFFICER, to: [BROWN], cc: [PATEL], kind: 'reply', text: reply('I have not copied anyone else in.') }, evidence: 'Dev Patel' },
      { name: 'forward to a different councillor on a wrote-style thread', message: { from: OFFICER, to: [DAVIES], kind: 'forward', text: 'Carol, FYI.\n\nNadia' + wroteQuote(BROWN, 'Can the rubbish on Kiln Lane be cleared?') }, evidence: 'Carol Davies' },
      { name: 'notation names only one of two added councillors', message: { from: OFFICER, to: [BROWN], cc: [PATEL, EVANS], kind: 'reply', text: reply('I have copied in Cllr Patel.') }, evidence: 'Erin Evans' },
    ],
  },
};

describe('third wordings', () => {
  for (const [id, set] of Object.entries(SETS)) testRule(RULES.find((r) => r.id === id)!, set, { minCases: 5 });
});
