import lexicon from './lexicon/confidentiality.json';
import { stripBoilerplate } from './boilerplate';
import { allMatches, negatedBefore } from './clauses';
import { extraTermsRegExp, flattenSpace, phraseRegExp } from './phrases';

/** Where a confidentiality marking was found and its words. */
export interface ConfidentialityMarking {
  readonly phrase: string;
  /** A short stretch of text around the marking, for messages. */
  readonly context: string;
}

const MARKER = phraseRegExp(lexicon.markers);
const NOT_MARKER = phraseRegExp(lexicon.notMarkers);

/**
 * The first wording in `text` that marks a matter confidential ("in confidence", "please do not
 * share", "Confidential – not for wider circulation"), or undefined. Disclaimer footers are removed
 * first, then phrases that use the word without marking anything ("confidential waste", "this is
 * not confidential"). Linear regular-expression work only.
 */
export function findConfidentialityMarking(text: string, extraTerms?: readonly string[]): ConfidentialityMarking | undefined {
  if (!text) return undefined;
  const extra = extraTermsRegExp(extraTerms);
  if (!MARKER.test(text) && !extra?.test(text)) return undefined;
  const body = stripBoilerplate(text);
  const excluded = allMatches(NOT_MARKER, body).map((m) => [m.index, m.index + m[0].length] as const);
  const inExcluded = (start: number, end: number) => excluded.some(([a, b]) => start < b && end > a);
  const candidates = [...allMatches(MARKER, body), ...(extra ? allMatches(extra, body) : [])].sort((a, b) => a.index - b.index);
  for (const m of candidates) {
    const start = m.index;
    const end = start + m[0].length;
    if (inExcluded(start, end)) continue;
    // "please do not share" is itself negative; other markers are cancelled by a negation before them.
    if (!/^(?:please|do|not|don|keep|between)/i.test(m[0]) && negatedBefore(body, start, 3)) continue;
    const context = flattenSpace(body.slice(Math.max(0, start - 40), Math.min(body.length, end + 40)));
    return { phrase: flattenSpace(m[0]), context };
  }
  return undefined;
}
