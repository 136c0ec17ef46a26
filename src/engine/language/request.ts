import { parse } from './nlp';

/** Wording that asks the reader to do something: "could you", "would you be able to", "please". */
const ASKING =
  /\b(?:(?:could|would|can|will|might)\s+(?:you|someone|somebody|anyone|one\s+of|your|a\s+member|an\s+officer|the\s+\w+\s+team)|please|kindly|(?:i|we)(?:['’]d|\s+would)\s+(?:like|love|welcome|appreciate|be\s+(?:grateful|glad|delighted|pleased))|(?:invite|ask(?:ing)?)\s+(?:you|your|someone|one\s+of)|would\s+(?:it|that)\s+be\s+(?:possible|ok|okay|alright|feasible)|be\s+able\s+to|if\s+you\s+(?:could|can|would|are\s+able)|do\s+you\s+(?:mind|think)|are\s+you\s+(?:able|free|available|happy)|is\s+there\s+any\s+chance|any\s+chance|grateful\s+if|happy\s+to\s+(?:help|assist)\s+with)\b/i;

/** Openers that thank or report rather than ask, even when compromise tags the first verb as imperative. */
const NOT_A_REQUEST_OPENER =
  /^\s*(?:thanks|thank\s+you|many\s+thanks|further\s+to|following|as\s+(?:discussed|agreed|you\s+know)|hope|trust|wish|note|sorry|apologies|glad|pleased|happy|just\s+to\s+let)\b/i;

/**
 * Whether one sentence asks the reader for something. Lexical cues decide most sentences; compromise
 * is asked only about the rest, for questions and sentence-initial imperatives ("Come along to …").
 */
export function isRequestSentence(sentence: string): boolean {
  if (ASKING.test(sentence)) return true;
  if (NOT_A_REQUEST_OPENER.test(sentence)) return false;
  if (/\?\s*$/.test(sentence)) return true;
  const doc = parse(sentence);
  if (doc.questions().found) return true;
  // A sentence that opens with a bare verb and no subject reads as an instruction ("Come along to …").
  const opener = doc.terms().first().has('(just|do)') ? doc.terms().eq(1) : doc.terms().first();
  return opener.has('#Imperative') || (opener.has('#Infinitive') && !opener.has('(#Auxiliary|#Modal)'));
}
