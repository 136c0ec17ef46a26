import lexicon from './lexicon/enquiry.json';
import { mainBody } from './main-body';
import { parse } from './nlp';
import { alternation, phraseRegExp, unwrapLines } from './phrases';
import { splitSentences } from './sentences';

/** The sentence that makes a message an enquiry, and how it asks. */
export interface EnquiryCue {
  readonly sentence: string;
  readonly kind: 'question' | 'request';
}

const POLITE = ['please', 'kindly', 'pls', 'plz'];
const ASK = phraseRegExp(lexicon.askCues.filter((p) => !POLITE.includes(p)));
const POLITE_ASK = phraseRegExp(POLITE);
/** Imperative asks count at the start of a clause ("… and let me know"), not as narrative ("residents let me know"). */
const CLAUSE_ASK = new RegExp(
  `(?:^|[,;:(–—-]\\s*|\\b(?:and|then|or|but|also|just|do|please|kindly|so)\\s+)${alternation(lexicon.clauseAsks)}\\b`,
  'i',
);
const NEUTRAL = new RegExp(`\\b${alternation(lexicon.neutralPhrases)}\\b`, 'gi');
/**
 * An offer or invitation runs to the end of its sentence ("if you need anything, please let me
 * know") unless a "but" turns to a real request ("feel free to call, but could you …").
 */
const OFFER = new RegExp(`(?:\\b(?:please|do|just|and|but|so)\\s+)*\\b${alternation(lexicon.offerPhrases)}\\b(?:(?!\\bbut\\b)[^.?!;])*`, 'gi');
const NO_ACTION = phraseRegExp(lexicon.noActionCues);
const RHETORICAL = new RegExp(`^${alternation(lexicon.rhetoricalOpeners)}\\b`, 'i');
const COURTESY_START = new RegExp(`^${alternation(lexicon.courtesyImperatives)}\\b`, 'i');
const CLOSED_CLASS: ReadonlySet<string> = new Set(lexicon.closedClassOpeners);

/** "Dear Housing Options team," / "Hi all" — a greeting and a few name words, nothing more. */
const GREETING = /^(?:dear|hi|hello|hey|good\s+(?:morning|afternoon|evening)|morning|afternoon|evening)(?:\s+[\p{L}'’.-]+){0,4}\s*[,!:]?$/iu;
/** "Paul, Claire,": the people addressed. */
const SHORT_ADDRESS = /^[\p{L}'’., -]{1,40},$/u;
/** A name, ward or title line: short, every word capitalised, no closing punctuation. */
const NAME_LINE = /^(?![\s\S]*[.!?]$)(?:\p{Lu}[\p{L}'’.-]*[ ,]*){1,4}$/u;
const LIST_MARKER = /^\s*(?:[-*•·]|\(?\d+[.)]|\(?[a-z][.)])\s+/i;
/** "Steve, ring me …": a leading name addressed to the reader. */
const VOCATIVE = /^\p{Lu}[\p{L}'’-]*,\s+(?=\p{Ll})/u;
const LEADING_SOFTENERS = /^(?:(?:please|kindly|just|do|and|so|also|then|now)\b[\s,]*)+/i;
const URL = /\b(?:https?:\/\/|www\.)\S+/gi;
const WH_OR_AUX = /^(?:what|when|why|how|who|where|which|whose|is|are|was|were|will|would|can|could|do|does|did|has|have|had|should|shall|may|might)\b/i;
/**
 * Word shapes an imperative does not open with: "Walking …", "Residents …", "Noticed …",
 * "Frankly …" (but "Bring", "Pass", "Need", "Reply" and "Apply" can).
 */
const NOT_A_BASE_VERB = /^(?:[a-z]{3,}ing|[a-z]*[^s]s|[a-z]{2,}[^e]ed|[a-z]{2,}[^p]ly)$/;
const AUXILIARY = new Set(['is', 'are', 'was', 'were', 'will', 'would', 'can', 'could', 'do', 'does', 'did', 'has', 'have', 'had', 'should', 'shall', 'may', 'might']);

/** Lower-case and expand contractions so the lexicon lists one form: "I'd" → "i would", "don't" → "do not". */
export function normaliseForCues(text: string): string {
  return text
    .toLowerCase()
    .replace(/[‘’`]/g, "'")
    .replace(/\bcan't\b/g, 'can not')
    .replace(/\bcannot\b/g, 'can not')
    .replace(/\bwon't\b/g, 'will not')
    .replace(/\bshan't\b/g, 'shall not')
    .replace(/\blet's\b/g, 'let us')
    .replace(/\b([a-z]+)n't\b/g, '$1 not')
    .replace(/\b([a-z]+)'d\b/g, '$1 would')
    .replace(/\b([a-z]+)'ll\b/g, '$1 will')
    .replace(/\b([a-z]+)'ve\b/g, '$1 have')
    .replace(/\b([a-z]+)'re\b/g, '$1 are')
    .replace(/\bi'm\b/g, 'i am')
    .replace(/\b(it|that|there|what|who|here|he|she|where|how|this)'s\b/g, '$1 is')
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * Find the first sentence of the new text that asks the reader for something: a question, or a
 * request ("could you …", "please …", "I would be grateful if …", "let me know …", an imperative
 * such as "Send me the report"). Thanks, FYI notes, acknowledgements, offers ("let me know if you
 * need anything") and invitations are not enquiries. When the writer says no reply is needed,
 * only an explicit question or request counts.
 *
 * Lexical cues decide most sentences; compromise is asked only about the few sentences that open
 * with an open-class word (a possible imperative) or a question word without a question mark.
 */
export function findEnquiry(newText: string): EnquiryCue | undefined {
  const body = unwrapLines(mainBody(newText));
  const noAction = NO_ACTION.test(normaliseForCues(body));
  let imperative: EnquiryCue | undefined;
  for (const { text } of splitSentences(body)) {
    const sentence = text.replace(LIST_MARKER, '').trim();
    if (!sentence || GREETING.test(sentence) || SHORT_ADDRESS.test(sentence) || NAME_LINE.test(sentence)) continue;
    const cues = neutralise(normaliseForCues(sentence.replace(URL, ' ')));
    if (!/[a-z]/.test(cues)) continue;
    if (cues.includes('?') && !RHETORICAL.test(cues)) return { sentence, kind: 'question' };
    if (ASK.test(cues) || CLAUSE_ASK.test(cues)) return { sentence, kind: 'request' };
    if (noAction) continue;
    if (asksPolitely(cues)) return { sentence, kind: 'request' };
    if (isUnmarkedQuestion(sentence, cues)) return { sentence, kind: 'question' };
    if (!imperative && isImperative(sentence, cues)) imperative = { sentence, kind: 'request' };
  }
  return imperative;
}

export function isEnquiry(newText: string): boolean {
  return findEnquiry(newText) !== undefined;
}

/** Remove stock courtesy wording and offers, which use request words without asking anything. */
function neutralise(cues: string): string {
  return cues.replace(NEUTRAL, ' ').replace(OFFER, ' ').replace(/\s+/g, ' ').trim();
}

/**
 * "please" asks unless it only softens a wish or a "don't" ("please keep up the good work",
 * "please do not share this"); at the end of a sentence it still asks ("Call me back, please").
 */
function asksPolitely(cues: string): boolean {
  const all = new RegExp(POLITE_ASK.source, 'gi');
  let m: RegExpExecArray | null;
  while ((m = all.exec(cues)) !== null) {
    const after = cues.slice(m.index + m[0].length).replace(/^[\s,]*(?:do\s+)?/, '');
    if (/^not\b/.test(after) || COURTESY_START.test(after)) continue;
    return true;
  }
  return false;
}

/** "When will the bins be collected." / "Is there any update on the bins" — a question without its mark. */
function isUnmarkedQuestion(sentence: string, cues: string): boolean {
  if (!WH_OR_AUX.test(cues) || RHETORICAL.test(cues)) return false;
  const terms = parse(leadingWords(sentence, 8)).json()[0]?.terms as { text: string; tags: string[] }[] | undefined;
  if (!terms || terms.length < 3) return false;
  const [first, second] = terms;
  const word = first.text.toLowerCase();
  if (first.tags.includes('QuestionWord')) {
    // "When will …", "How many people are …": a question word followed soon by an auxiliary.
    return terms.slice(1, 4).some((t) => AUXILIARY.has(t.text.toLowerCase()) || t.tags.includes('Copula'));
  }
  // Subject–auxiliary inversion: "Is there …", "Has the evidence been …", "Are you …". Other than a
  // copula, the auxiliary needs a main verb later ("Have a good weekend" and "Do come along" ask nothing).
  const inverted =
    AUXILIARY.has(word) &&
    first.tags.includes('Verb') &&
    ['Pronoun', 'Determiner', 'There', 'Noun'].some((tag) => second.tags.includes(tag)) &&
    !second.tags.includes('Verb');
  return inverted && (first.tags.includes('Copula') || terms.slice(2).some((t) => t.tags.includes('Verb')));
}

/** "Send me the revised report by Friday." — a sentence that opens with a bare verb and no subject. */
function isImperative(sentence: string, cues: string): boolean {
  const opener = cues.replace(LEADING_SOFTENERS, '');
  const firstWord = /^[a-z]+/.exec(opener)?.[0];
  if (!firstWord || CLOSED_CLASS.has(firstWord) || COURTESY_START.test(opener) || NOT_A_BASE_VERB.test(firstWord)) return false;
  // The opening words are enough to tell a bare verb from a noun, and keep the NLP cost small.
  const plain = leadingWords(sentence.replace(VOCATIVE, '').replace(LEADING_SOFTENERS, ''), 6);
  const first = parse(plain).terms().first();
  return first.has('#Imperative') || (first.has('#Infinitive') && !first.has('(#Auxiliary|#Modal|#Gerund|#PastTense)'));
}

function leadingWords(text: string, count: number): string {
  return text.split(/\s+/).slice(0, count).join(' ');
}
