import lexicon from './lexicon/parity.json';
import { findCirculationStatement } from './circulation';
import { alternation, extraTermsRegExp, flattenSpace, phraseRegExp, unwrapLines } from './phrases';
import { LETTER } from './unicode-classes';

/** A listed audience, or a named councillor ("Cllr Grainger"). */
const AUDIENCE = `(?:${alternation(lexicon.audience)}|(?:cllrs?|councillors?)\\.?\\s+[${LETTER}'’-]+)`;
/** Case-insensitive matching lets "councillor queries" through as a name; a real name is capitalised. */
const NAMED_IN_LOWER_CASE = /\b(?:cllrs?|councillors?)\.?\s+\p{Ll}[\p{L}'’-]*$/u;
/** "this information is also being provided to all councillors", "I have shared the same note with the other group leaders". */
const SHARED_WITH = new RegExp(`\\b${alternation(lexicon.verbs)}\\b(?:\\s+[^\\s.?!]+){0,6}?\\s+(?:to|with|for|among|amongst)\\s+${AUDIENCE}`, 'iu');
/** "other councillors will also receive it", "every councillor can see this on the intranet". */
const AUDIENCE_GETS = new RegExp(
  `${AUDIENCE}\\s+(?:(?:will|would|can|could|have|has|are|is|may|be|been|being)\\s+){0,3}(?:also\\s+|not\\s+|already\\s+)?(?:receive|receiving|received|get|getting|got|see|seen|have\\s+access|sent|given|told|informed|copied|offered|briefed|updated|shown)\\b`,
  'iu',
);
const ONLY_YOU = phraseRegExp(lexicon.onlyYou);
const PUBLIC = phraseRegExp(lexicon.publicCues);
const REQUEST = phraseRegExp(lexicon.requestCues);
const ANSWER = phraseRegExp(lexicon.answerCues);
const INTERIM = phraseRegExp(lexicon.interimCues);
const QUOTED_TEXT_LIMIT = 3000;

/**
 * Find where an officer says whether the information given to one councillor also goes to others:
 * "I am sharing this with all group leaders", "this reply is to you only", "the figures are published
 * on the Council's website", or a circulation statement. Returns the statement, or undefined.
 */
export function findParityStatement(text: string, extraTerms?: readonly string[]): string | undefined {
  const flat = flattenSpace(unwrapLines(text));
  const extra = extraTermsRegExp(extraTerms)?.exec(flat);
  if (extra) return extra[0];
  for (const re of [SHARED_WITH, AUDIENCE_GETS]) {
    const all = new RegExp(re.source, 'giu');
    let m: RegExpExecArray | null;
    while ((m = all.exec(flat)) !== null) {
      if (!NAMED_IN_LOWER_CASE.test(m[0]) && !/^(?:cllrs?|councillors?)\.?\s+\p{Ll}/u.test(m[0])) return m[0];
      all.lastIndex = m.index + 1;
    }
  }
  for (const re of [ONLY_YOU, PUBLIC]) {
    const m = re.exec(flat);
    if (m) return m[0];
  }
  return findCirculationStatement(text);
}

/** Whether a (quoted) councillor message asks for something: a question mark or a request phrase. */
export function asksForInformation(text: string): boolean {
  const head = text.slice(0, QUOTED_TEXT_LIMIT);
  return /\?/.test(head) || REQUEST.test(head);
}

/** Whether the new text presents itself as an answer ("In answer to your question, …"). */
export function readsAsAnswer(text: string): boolean {
  return ANSWER.test(text);
}

/** A holding reply ("I will get back to you by Friday") gives no information yet. */
export function isInterimReply(text: string): boolean {
  return INTERIM.test(text);
}
