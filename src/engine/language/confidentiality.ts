import lexicon from './lexicon/confidentiality.json';
import { stripBoilerplate } from './boilerplate';
import { allMatches, negatedBefore } from './clauses';
import { alternation, extraTermsRegExp, flattenSpace, phraseRegExp } from './phrases';

/** Where a confidentiality marking was found and its words. */
export interface ConfidentialityMarking {
  readonly phrase: string;
  /** A short stretch of text around the marking, for messages. */
  readonly context: string;
}

const MARKER = phraseRegExp(lexicon.markers);
const NOT_MARKER = phraseRegExp(lexicon.notMarkers);
/**
 * Requests not to pass something on, in any of their usual shapes: "please don't pass this on",
 * "I'd ask you not to share the details with anyone", "not to be circulated more widely".
 */
const SCOPES = alternation(lexicon.shareScopes.filter((x) => !/^(?:on|around)$/.test(x)));
const SHARE_REQUEST = new RegExp(
  `\\b${alternation(lexicon.shareNegators)}\\s+(?:be\\s+)?(?:${alternation(lexicon.shareVerbs)}\\s+(?:${alternation(lexicon.shareObjects)}(?:\\s+on\\b)?|${SCOPES})|${alternation(lexicon.spreadVerbs)}\\s+(?:(?:${alternation(lexicon.shareObjects)})\\s+)?(?:on\\b|${SCOPES}))(?![a-z])`,
  'i',
);
/** "keep this to yourself", "please treat it as private". */
const KEEP_REQUEST = new RegExp(
  `\\b${alternation(lexicon.keepVerbs)}\\s+(?:this|it|that|these\\s+details|the\\s+details|the\\s+matter)\\s+(?:as\\s+)?${alternation(lexicon.keepScopes)}(?![a-z])`,
  'i',
);
/** "Nothing in this reply is confidential": the whole matter is declared not confidential. */
const NEGATED_SUBJECT = new RegExp(`\\b${alternation(lexicon.negativeSubjects)}\\b[^.;!?]{0,60}?\\bconfidential\\b`, 'i');

/**
 * The first wording in `text` that marks a matter confidential ("in confidence", "please do not
 * share", "Confidential – not for wider circulation"), or undefined. Disclaimer footers are removed
 * first, then phrases that use the word without marking anything ("confidential waste", "this is
 * not confidential"). Linear regular-expression work only.
 */
export function findConfidentialityMarking(text: string, extraTerms?: readonly string[]): ConfidentialityMarking | undefined {
  if (!text) return undefined;
  const extra = extraTermsRegExp(extraTerms);
  if (!MARKER.test(text) && !SHARE_REQUEST.test(text) && !KEEP_REQUEST.test(text) && !extra?.test(text)) return undefined;
  const body = stripBoilerplate(text);
  const excluded = [...allMatches(NOT_MARKER, body), ...allMatches(NEGATED_SUBJECT, body)].map((m) => [m.index, m.index + m[0].length] as const);
  const inExcluded = (start: number, end: number) => excluded.some(([a, b]) => start < b && end > a);
  const requests = [...allMatches(SHARE_REQUEST, body), ...allMatches(KEEP_REQUEST, body)];
  const candidates = [...allMatches(MARKER, body), ...requests, ...(extra ? allMatches(extra, body) : [])].sort((a, b) => a.index - b.index);
  for (const m of candidates) {
    const start = m.index;
    const end = start + m[0].length;
    if (inExcluded(start, end)) continue;
    // "please do not share" is itself negative; other markers are cancelled by a negation before them.
    if (!/^(?:please|do|not|don|keep|between|never|must|should|would|ask|treat|hold)/i.test(m[0]) && negatedBefore(body, start, 3)) continue;
    const context = flattenSpace(body.slice(Math.max(0, start - 40), Math.min(body.length, end + 40)));
    return { phrase: flattenSpace(m[0]), context };
  }
  return undefined;
}
