import lexicon from './lexicon/employment.json';
import { stripBoilerplate } from './boilerplate';
import { allMatches, maskQuoted, negatedBefore, POLITE, sentencesOf } from './clauses';
import { alternation, extraTermsRegExp, phraseRegExp } from './phrases';
import { LETTER, UPPER } from './unicode-classes';

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
const DECLINES = phraseRegExp([...lexicon.declines, ...lexicon.meritCues]);

const WORDS = (n: number) => `(?:[\\w'’-]+\\s+){0,${n}}?`;
/** "I was passed over", "I have been suspended", "I feel I've been treated unfairly". */
const ADVERSE_EVENT = new RegExp(`${phraseRegExp(lexicon.beenForms).source}\\s+(?:[a-z]+ly\\s+)?${alternation(lexicon.adverseEvents)}\\b`, 'gi');
/** "my post is still graded at 5", "my hours are being cut". */
const JOB_STATE = new RegExp(
  `\\bmy\\s+${alternation(lexicon.ownJobNouns)}\\s+(?:is|are|was|were|has\\s+been|have\\s+been|remains|remain)\\s+(?:still\\s+|only\\s+|currently\\s+|now\\s+)?${alternation(lexicon.gradingStates)}\\b`,
  'gi',
);
/** "I have lodged a formal grievance", "I put in a regrading request". */
const OWN_ACTION = new RegExp(
  `\\bI(?:\\s+have|['’]ve)?\\s+(?:now\\s+|already\\s+|recently\\s+|just\\s+)?${alternation(lexicon.ownActions)}\\s+(?:a|an|my|the)?\\s*${WORDS(1)}${alternation(lexicon.ownActionObjects)}\\b`,
  'gi',
);
/** Praise or warning about an applicant: "he would be a great hire", "I'd advise the panel against appointing her". */
const CANVASS_PATTERNS: readonly RegExp[] = [
  new RegExp(`(?:\\b(?:would|will|could|should)|['’]d)(?:\\s+not|n['’]t)?\\s+(?:be|make)\\s+(?:a|an)\\s+(?:[a-z-]+\\s+)?${alternation(lexicon.praiseAdjectives)}\\s+${alternation(lexicon.hireNouns)}\\b`, 'gi'),
  // A wish about one applicant's selection: "I'd rather she wasn't shortlisted", "I'd like him to be interviewed".
  new RegExp(
    `\\bI(?:['’]d|\\s+would|\\s+really)?\\s+(?:much\\s+|really\\s+)?${alternation(lexicon.preferenceVerbs)}\\s+(?:that\\s+)?(?:he|she|they|him|her|them)\\s+(?:(?:was|were|is|are)(?:\\s+not|n['’]t)?|(?:not\\s+)?to\\s+be|(?:isn|wasn|weren|aren)['’]t|gets?|got|(?:doesn|didn)['’]t\\s+get)\\s+${alternation(lexicon.hireOutcomes)}\\b`,
    'gi',
  ),
  new RegExp(`\\b(?:advise|urge|warn|ask|tell|encourage)\\s+(?:the\\s+)?(?:${alternation(lexicon.panelWords)}|you|them)\\s+(?:against|not\\s+to)\\s+${alternation(lexicon.hireVerbs)}\\b`, 'gi'),
  new RegExp(`\\b(?:hope|trust|expect|assume)\\s+(?:that\\s+)?(?:the\\s+)?${alternation(lexicon.panelWords)}\\s+(?:will|would|can|might)\\b`, 'gi'),
  new RegExp(`\\bbear\\s+(?:my|these|this|those|our)\\s+${WORDS(1)}(?:comments|views|remarks|thoughts|points|recommendation|endorsement)\\s+in\\s+mind\\b`, 'gi'),
];
/** "give evidence in support of Tom at his hearing", "write a reference for her". */
const INTERVENTION_PATTERN = new RegExp(
  `\\b${alternation(lexicon.interventionActs)}\\s+${WORDS(4)}(?:${alternation(lexicon.interventionSupport)}|(?:to|at|before)\\s+(?:the|his|her|their)\\s+${WORDS(1)}${alternation(lexicon.staffingEvents)})\\b`,
  'gi',
);

/**
 * Words that would steer the outcome of one person's case: leniency ("take his long service into
 * account", "a final warning would be too harsh"). They count only in a request about an identifiable
 * employee (see influenceOnOutcome).
 */
const INFLUENCE: readonly RegExp[] = [
  new RegExp(`\\b${alternation(lexicon.considerVerbs)}\\s+${WORDS(6)}${alternation(lexicon.considerEnds)}\\b`, 'gi'),
  phraseRegExp(lexicon.leniency, 'gi'),
  new RegExp(`\\b${alternation(lexicon.sanctionNouns)}\\s+${alternation(lexicon.sanctionJudgements)}\\b`, 'gi'),
];
const OUTCOME_REQUEST = phraseRegExp(lexicon.outcomeRequests);
/** An employee's own case (not a suspended benefit or a licensing hearing), needed for the leniency reading. */
const EMPLOYEE_CASE = phraseRegExp(lexicon.employeeCaseMatters);
/** "he or she", "his or her": a generic person, as in a question about procedure. */
const GENERIC_PERSON = /\b(?:he|his|him|she|her)\s+or\s+(?:she|her|him|his|they|their)\b|\bs\/he\b/gi;
/** One person: he/she, "the officer concerned", or a name's possessive ("Dave's", not "the Council's"). */
const INDIVIDUAL = new RegExp(`\\b(?:he|him|his|himself|she|her|herself)\\b|${phraseRegExp(lexicon.individualCues).source}`, 'i');
const NAME_POSSESSIVE = new RegExp(`(?:^|[^${LETTER}'’])[${UPPER}][${LETTER}-]+['’]s?(?![${LETTER}])`, 'u');
const DETERMINED_POSSESSIVE = new RegExp(`(?:^|[^${LETTER}])(?:[Tt]he|[Oo]ur|[Yy]our|[Tt]his|[Tt]hat|[Ii]ts)\\s+[${UPPER}][${LETTER}-]+['’]s?(?![${LETTER}])`, 'gu');

/**
 * A request to steer the outcome of an identifiable employee's case: "I would ask that you take his
 * long service into account". The person may be identified in the sentence or the one before it.
 */
function influenceOnOutcome(sentence: string, previous: string): EmploymentHit | undefined {
  if (!POLITE.test(sentence) && !OUTCOME_REQUEST.test(sentence)) return undefined;
  const person = `${previous} ${sentence}`.replace(GENERIC_PERSON, (m) => ' '.repeat(m.length)).replace(DETERMINED_POSSESSIVE, (m) => ' '.repeat(m.length));
  if (!INDIVIDUAL.test(person) && !NAME_POSSESSIVE.test(person)) return undefined;
  return firstOf(INFLUENCE, sentence, 'staffing');
}

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
      first(ADVERSE_EVENT, s, raw, 'own-employment') ??
      first(JOB_STATE, s, raw, 'own-employment') ??
      first(OWN_ACTION, s, raw, 'own-employment') ??
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
  const employeeCase = staffing && EMPLOYEE_CASE.test(body);
  const hits: EmploymentHit[] = [];
  let previous = '';
  for (const { text: raw } of sentencesOf(body)) {
    const hit =
      (extra ? first(extra, raw, raw, 'council-term') : undefined) ??
      (recruiting ? firstOf([CANVASS, ...CANVASS_PATTERNS], raw, 'canvass') : undefined) ??
      (staffing ? firstOf([INTERVENTION, INTERVENTION_PATTERN], raw, 'staffing') : undefined) ??
      (employeeCase ? influenceOnOutcome(raw, previous) : undefined);
    if (hit) hits.push(hit);
    previous = raw;
  }
  return hits;
}

function firstOf(res: readonly RegExp[], raw: string, kind: EmploymentKind): EmploymentHit | undefined {
  for (const re of res) {
    const hit = first(re, raw, raw, kind);
    if (hit) return hit;
  }
  return undefined;
}

function first(re: RegExp, masked: string, raw: string, kind: EmploymentKind): EmploymentHit | undefined {
  for (const m of allMatches(re, masked)) {
    // Canvassing cuts both ways: "I don't think he'd be a good fit" argues against an applicant.
    if (kind !== 'canvass' && negatedBefore(masked, m.index, 3)) continue;
    return { kind, phrase: raw.slice(m.index, m.index + m[0].length), sentence: raw };
  }
  return undefined;
}
