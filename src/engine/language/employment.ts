import lexicon from './lexicon/employment.json';
import { stripBoilerplate } from './boilerplate';
import { allMatches, maskQuoted, negatedBefore, sentencesOf } from './clauses';
import { alternation, extraTermsRegExp, phraseRegExp } from './phrases';

/**
 * Employment matters between officers and councillors (RULES.md `employment-lobbying`):
 * an officer's own employment ("my grievance", "my regrading appeal", "my manager has refused my
 * request"), and a councillor canvassing for or against a job applicant or stepping into a staffing
 * matter ("I'd be happy to speak on his behalf at the hearing"). Plain lexical co-occurrence inside a
 * sentence or message is enough here: the vocabulary of employment is specific.
 */

export type EmploymentKind = 'own-employment' | 'canvass' | 'staffing' | 'council-term';

export interface EmploymentHit {
  readonly kind: EmploymentKind;
  readonly phrase: string;
  readonly sentence: string;
}

const STRONG_OWN = new RegExp(`\\bmy\\s+(?:[a-z-]+\\s+){0,2}?${alternation(lexicon.strongOwnMatters)}\\b`, 'gi');
const WEAK_OWN = new RegExp(`\\bmy\\s+(?:[a-z-]+\\s+){0,2}?${alternation(lexicon.ownMatters)}\\b`, 'gi');
const EVENTS = phraseRegExp(lexicon.firstPersonEvents);
const MANAGER = phraseRegExp(lexicon.managerWords);
const COMPLAINT = phraseRegExp(lexicon.managerComplaints);
const ASK = phraseRegExp(lexicon.askCouncillor);
const RECRUITMENT = phraseRegExp(lexicon.recruitment);
const CANVASS = phraseRegExp(lexicon.canvass);
const STAFFING = phraseRegExp(lexicon.staffingMatters);
const INTERVENTION = phraseRegExp(lexicon.intervention);
const DECLINES = phraseRegExp(lexicon.declines);

/** An officer writing about their own employment. */
export function findOwnEmploymentMatter(text: string, extraTerms?: readonly string[]): EmploymentHit[] {
  const extra = extraTermsRegExp(extraTerms);
  const hits: EmploymentHit[] = [];
  for (const { text: raw } of sentencesOf(stripBoilerplate(text))) {
    const s = maskQuoted(raw);
    const hit =
      (extra ? first(extra, s, raw, 'council-term') : undefined) ??
      first(STRONG_OWN, s, raw, 'own-employment') ??
      (MANAGER.test(s) && COMPLAINT.test(s) ? first(MANAGER, s, raw, 'own-employment') : undefined) ??
      first(EVENTS, s, raw, 'own-employment') ??
      (ASK.test(s) ? first(WEAK_OWN, s, raw, 'own-employment') : undefined);
    if (hit) hits.push(hit);
  }
  return hits;
}

/**
 * A councillor canvassing for or against an applicant, or intervening in a staffing matter. Needs
 * the context (recruitment, or a staffing matter such as a disciplinary) somewhere in the text and
 * the canvassing or intervening words in a sentence; a councillor declining to get involved never
 * counts.
 */
export function findStaffingIntervention(text: string, extraTerms?: readonly string[]): EmploymentHit[] {
  const extra = extraTermsRegExp(extraTerms);
  const body = maskQuoted(stripBoilerplate(text));
  if (DECLINES.test(body)) return [];
  const recruiting = RECRUITMENT.test(body);
  const staffing = STAFFING.test(body);
  if (!recruiting && !staffing && !extra?.test(body)) return [];
  const hits: EmploymentHit[] = [];
  for (const { text: raw } of sentencesOf(body)) {
    const hit =
      (extra ? first(extra, raw, raw, 'council-term') : undefined) ??
      (recruiting ? first(CANVASS, raw, raw, 'canvass') : undefined) ??
      (staffing ? first(INTERVENTION, raw, raw, 'staffing') : undefined);
    if (hit) hits.push(hit);
  }
  return hits;
}

function first(re: RegExp, masked: string, raw: string, kind: EmploymentKind): EmploymentHit | undefined {
  for (const m of allMatches(re, masked)) {
    if (negatedBefore(masked, m.index, 3)) continue;
    return { kind, phrase: raw.slice(m.index, m.index + m[0].length), sentence: raw };
  }
  return undefined;
}
