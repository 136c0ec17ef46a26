import { findSignOff } from './sign-off';

/**
 * Small helpers that turn lexicon word lists into regular expressions, so cue words stay data and
 * matchers stay code. Everything here is linear-time string work; no NLP.
 */

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One phrase as a regex source: any run of spaces matches any whitespace, both apostrophes match. */
function phraseSource(phrase: string): string {
  return escapeRegExp(phrase.trim().toLowerCase())
    .replace(/\s+/g, '\\s+')
    .replace(/['’]/g, "['’]");
}

/**
 * A non-capturing alternation of phrases, longest first so "back garden" wins over "garden".
 * Empty input gives a pattern that never matches.
 */
export function alternation(phrases: readonly string[]): string {
  const cleaned = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (cleaned.length === 0) return '(?!)';
  return `(?:${cleaned.map(phraseSource).join('|')})`;
}

/** Whole-word, case-insensitive matcher for a list of phrases (word edges only where the phrase has them). */
export function phraseRegExp(phrases: readonly string[], flags = 'i'): RegExp {
  const cleaned = [...new Set(phrases.map((p) => p.trim()).filter(Boolean))].sort((a, b) => b.length - a.length);
  if (cleaned.length === 0) return /(?!)/;
  const parts = cleaned.map((p) => {
    const start = /^\w/.test(p) ? '\\b' : '';
    const end = /\w$/.test(p) ? '\\b' : '';
    return `${start}${phraseSource(p)}${end}`;
  });
  return new RegExp(`(?:${parts.join('|')})`, flags);
}

/** The council's own extra cue phrases for a rule (policy.extraTerms), as a matcher, or undefined. */
export function extraTermsRegExp(terms: readonly string[] | undefined): RegExp | undefined {
  const usable = (terms ?? []).filter((t) => typeof t === 'string' && t.trim());
  return usable.length ? phraseRegExp(usable) : undefined;
}

/** Collapse runs of whitespace (line breaks included) to single spaces. */
export function flattenSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

const LIST_ITEM = /^\s*(?:[-*•·]|\d+[.)]|[a-z][.)])\s/;
const WRAP_WIDTH = 45;

/**
 * Re-join paragraphs that a mail client hard-wrapped at ~72 columns, so a sentence broken across
 * lines is read as one. A line continues the previous one when the previous line is long, does
 * not end a sentence, and the new line is not a list item.
 */
export function unwrapLines(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const out: string[] = [];
  for (const line of lines) {
    const prev = out.length ? out[out.length - 1] : undefined;
    const continues =
      prev !== undefined &&
      prev.trim().length >= WRAP_WIDTH &&
      !/[.!?:]["')\]]?\s*$/.test(prev) &&
      line.trim() !== '' &&
      !LIST_ITEM.test(line);
    if (continues) out[out.length - 1] = `${prev.trimEnd()} ${line.trim()}`;
    else out.push(line);
  }
  return out.join('\n');
}

/**
 * The new text without its closing lines (valediction, name, role, footer), so a role such as
 * "Leader, Labour Group" or a signature is not read as part of what the writer asks or says.
 */
export function bodyBeforeSignOff(text: string): string {
  const signOff = findSignOff(text);
  return signOff ? text.slice(0, signOff.start) : text;
}
