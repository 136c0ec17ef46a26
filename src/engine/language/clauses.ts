/**
 * Small clause-level helpers shared by the tone readers (directives, courtesy, criticism,
 * employment): quoted words, negation, politeness and hedging. All linear string work, no NLP.
 */

import { unwrapLines } from './phrases';
import { splitSentences, type Sentence } from './sentences';

/** Sentences of a piece of new text, with hard-wrapped lines joined first. */
export function sentencesOf(text: string): readonly Sentence[] {
  // Several rules split the same new text in one check: reuse the last result (it is never mutated).
  if (text === lastSplit.input) return lastSplit.output;
  const output = splitSentences(unwrapLines(text));
  lastSplit = { input: text, output };
  return output;
}

let lastSplit: { input: string; output: readonly Sentence[] } = { input: '', output: [] };

const OPENING = new Set(['"', '“', '‘', "'"]);
const CLOSING: Readonly<Record<string, string>> = { '"': '"', '“': '”', '‘': '’', "'": "'" };

/**
 * Blank out words inside quotation marks (keeping every offset) so that words the writer reports
 * ("the resident called it 'useless'") are not read as the writer's own. An apostrophe inside a word
 * ("don't", "residents' group") never opens a quote; an unclosed quote masks nothing.
 */
export function maskQuoted(text: string): string {
  if (!QUOTE_CHAR.test(text)) return text;
  const cached = maskCache.get(text);
  if (cached !== undefined) return cached;
  const out = mask(text);
  if (maskCache.size >= MASK_CACHE_LIMIT) maskCache.clear();
  maskCache.set(text, out);
  return out;
}

const QUOTE_CHAR = /["“‘']/;
/** Several rules mask the same sentences in one check; a small cache saves repeating the work. */
const maskCache = new Map<string, string>();
const MASK_CACHE_LIMIT = 2000;

/** One pass over UTF-16 units, so offsets in the result match offsets in the input exactly. */
function mask(text: string): string {
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    const prev = i > 0 ? text[i - 1] : ' ';
    if (OPENING.has(c) && /[\s([{—–-]/.test(prev) && i + 1 < text.length && /\S/.test(text[i + 1])) {
      const close = CLOSING[c];
      let j = i + 1;
      for (; j < text.length; j++) {
        if (text[j] === close || (c === '"' && text[j] === '”')) {
          const after = j + 1 < text.length ? text[j + 1] : ' ';
          if (!/[\p{L}\p{N}]/u.test(after)) break;
        }
        if (text[j] === '\n') {
          j = text.length;
          break;
        }
      }
      if (j < text.length) {
        out += text.slice(copied, i + 1) + ' '.repeat(j - i - 1);
        copied = j;
        i = j + 1;
        continue;
      }
    }
    i++;
  }
  return out + text.slice(copied);
}

const NEGATOR = /\b(?:not|never|no|hardly|neither|nor|without|nobody|none)\b|n['’]t\b|\bfar\s+from\b|\banything\s+but\b/i;

/** A negation within the few words before `index` ("not useless", "I don't insist", "far from clueless"). */
export function negatedBefore(text: string, index: number, words = 4): boolean {
  const before = text.slice(Math.max(0, index - 60), index);
  const tail = before.split(/[,;:()]/).pop() ?? '';
  const lastWords = tail.trim().split(/\s+/).slice(-words).join(' ');
  return NEGATOR.test(lastWords);
}

/** Courtesy markers that turn a directive into a request. */
export const POLITE =
  /\b(?:please|kindly|could\s+you|would\s+you|can\s+you|will\s+you|if\s+possible|if\s+you\s+(?:could|can|would|are\s+able|have\s+time)|would\s+it\s+be\s+possible|is\s+it\s+possible|(?:i|we)\s+would\s+(?:be\s+(?:grateful|glad|delighted)|appreciate|welcome|like)|(?:i|we)['’]d\s+(?:be\s+(?:grateful|glad|delighted)|appreciate|welcome|like)|thank\s+you|thanks|when\s+you\s+(?:have|get)\s+(?:a\s+)?(?:moment|chance|time)|do\s+you\s+think|i\s+wonder(?:ed)?|i\s+was\s+wondering|would\s+you\s+mind|perhaps|possibly|at\s+your\s+convenience)\b/i;

/** Hedges that make a statement tentative rather than a direction. */
export const HEDGE =
  /\b(?:i\s+think|i\s+suggest|i['’]d\s+suggest|i\s+would\s+suggest|perhaps|maybe|(?:you|it|this|that|we|i|they|there)\s+(?:may|might)|it\s+would\s+help|it\s+may\s+be\s+worth|it\s+might\s+be\s+worth|could\s+we|shall\s+we|i\s+hope|hopefully)\b/i;

/** Whether the sentence asks rather than tells: a question mark or a polite marker. */
export function isPoliteOrQuestion(sentence: string): boolean {
  return /\?\s*["')\]]?\s*$/.test(sentence) || POLITE.test(sentence);
}

/** Every match of a global regular expression over a text, with offsets. */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  const g = re.global ? re : new RegExp(re.source, `${re.flags}g`);
  g.lastIndex = 0;
  const out: RegExpExecArray[] = [];
  let m: RegExpExecArray | null;
  while ((m = g.exec(text)) !== null) {
    out.push(m);
    if (m[0].length === 0) g.lastIndex++;
  }
  return out;
}

/** Give a replacement the letter case of the phrase it replaces ("You must" → "Please could you"). */
export function matchCase(original: string, replacement: string): string {
  if (!replacement) return replacement;
  const first = original.trimStart()[0];
  if (first && first === first.toUpperCase() && first !== first.toLowerCase()) {
    return replacement[0].toUpperCase() + replacement.slice(1);
  }
  return /^I\b/.test(replacement) ? replacement : replacement[0].toLowerCase() + replacement.slice(1);
}
