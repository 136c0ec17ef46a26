import type { CaseMessage } from '../../../src/engine/define-rule';
import { buildContext } from '../../../src/engine/build-context';
import { isFlagged } from '../../../src/engine/model/severity';
import { RULES } from '../../../src/engine/rules';
import { runRules } from '../../../src/engine/run-rules';
import { draftFromCase, policyForCase } from '../../support/case-draft';
import { ALL, BROWN, COLE, EVANS, OFFICER, PATEL, PRESS, RESIDENT, outlookQuote } from './people';

/**
 * policy.extraTerms extends each wording rule's own lexicon. For rules that look for a cue, the term
 * makes a message fire that did not; for rules that look for a statement that cures (circulation,
 * capacity, parity, notation), the term makes a firing message pass. bcc-use reads no wording.
 */
interface Row {
  readonly id: string;
  readonly term: string;
  readonly effect: 'adds' | 'cures';
  readonly message: CaseMessage;
}

const ask = (line: string) => `Nadia,\n\n${line}\n\nBrian`;
const councillorQuestion = outlookQuote(COLE, OFFICER, 'Allotment rents', 'Nadia, what will allotment rents be next year?');

const ROWS: readonly Row[] = [
  { id: 'pressure-on-officer', term: 'sweep it under the carpet', effect: 'adds', message: { from: COLE, to: [OFFICER], text: ask('It would be simplest to sweep it under the carpet for the family.') } },
  { id: 'discourteous-language', term: 'wazzocks', effect: 'adds', message: { from: COLE, to: [OFFICER], text: ask('The planners are wazzocks.') } },
  {
    id: 'confidential-copied',
    term: 'portfolio group only',
    effect: 'adds',
    message: { from: OFFICER, to: [BROWN], cc: [PATEL], kind: 'reply', text: 'Alice,\n\nNoted.\n\nNadia' + outlookQuote(BROWN, OFFICER, 'Depot', 'For the portfolio group only: the depot lease is ending.') },
  },
  {
    id: 'obligation-in-councillor-name',
    term: 'cover your costs in full',
    effect: 'adds',
    message: { from: COLE, to: [RESIDENT], text: 'Dear Mr Quinn,\n\nThe Council is happy to cover your costs in full.\n\nCllr Brian Cole\nWard Councillor for Westmoor' },
  },
  { id: 'officer-criticism-circulated', term: 'dropped the ball', effect: 'adds', message: { from: COLE, to: [PRESS], text: 'The planning officer dropped the ball on this application.\n\nCllr Brian Cole' } },
  { id: 'employment-lobbying', term: 'time off in lieu', effect: 'adds', message: { from: OFFICER, to: [COLE], text: 'Brian,\n\nCould we talk about the time off in lieu I am owed?\n\nNadia' } },
  { id: 'undeclared-personal-interest', term: 'my narrowboat mooring', effect: 'adds', message: { from: COLE, to: [OFFICER], text: ask('Can someone look at the charges for my narrowboat mooring on the canal?') } },
  { id: 'party-political-request', term: 'Residents First', effect: 'adds', message: { from: COLE, to: [OFFICER], text: ask('Could you come to the Residents First meeting on Tuesday to talk about parking?') } },
  { id: 'hidden-circulation', term: 'weekly digest', effect: 'cures', message: { from: OFFICER, to: [ALL], text: 'Weekly digest\n\nThe consultation closes on Friday.\n\nNadia' } },
  { id: 'ward-capacity-unstated', term: 'trustee of the Westmoor Trust', effect: 'cures', message: { from: COLE, to: [RESIDENT], text: 'Dear Mr Quinn,\n\nI write as a trustee of the Westmoor Trust. The bus timetable changes in May.\n\nBrian Cole' } },
  {
    id: 'information-parity',
    term: 'weekly round-up',
    effect: 'cures',
    message: { from: OFFICER, to: [COLE], kind: 'reply', text: 'Dear Cllr Cole,\n\nRents rise by 3% from April, and this will be in the weekly round-up.\n\nNadia' + councillorQuestion },
  },
  {
    id: 'councillor-not-on-original',
    term: 'also for the attention of',
    effect: 'cures',
    message: { from: OFFICER, to: [COLE], cc: [EVANS], kind: 'reply', text: 'Brian,\n\nRents rise by 3%. Also for the attention of Cllr Evans.\n\nNadia' + councillorQuestion },
  },
];

const flagged = (row: Row, withTerm: boolean) => {
  const rule = RULES.find((r) => r.id === row.id)!;
  const policy = policyForCase({ policy: { rules: { [row.id]: 'warning' }, ...(withTerm ? { extraTerms: { [row.id]: [row.term] } } : {}) } });
  const draft = draftFromCase(row.message);
  return runRules([rule], buildContext(draft, policy, new Date(draft.receivedAt!))).findings.filter((f) => isFlagged(f.severity));
};

describe('policy.extraTerms extends each rule', () => {
  it('covers every wording rule', () => {
    const covered = new Set(ROWS.map((r) => r.id));
    const wordingRules = RULES.map((r) => r.id).filter((id) => !['bcc-use', 'out-of-hours'].includes(id));
    expect(wordingRules.filter((id) => !covered.has(id))).toEqual([]);
  });
  it.each(ROWS.map((r) => [r.id, r] as const))('%s', (_id, row) => {
    const before = flagged(row, false);
    const after = flagged(row, true);
    if (row.effect === 'adds') {
      expect(before).toEqual([]);
      expect(after.length).toBeGreaterThan(0);
    } else {
      expect(before.length).toBeGreaterThan(0);
      expect(after).toEqual([]);
    }
  });
});
