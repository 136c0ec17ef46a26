/** A sentence of the new text with its offset, so evidence can point back into the body. */
export interface Sentence {
  readonly text: string;
  readonly start: number;
}

const MAX_SENTENCE = 600;

/**
 * Cheap sentence split used before any NLP: paragraphs and line breaks end sentences (emails are
 * line-oriented), as do . ! ? followed by space and a capital, digit or quote. Abbreviations such
 * as "Cllr." or "e.g." are not split. Linear in the text length.
 */
export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  const re = /[^\n]+/g;
  let para: RegExpExecArray | null;
  while ((para = re.exec(text)) !== null) {
    splitLine(para[0], para.index, out);
  }
  return out;
}

const NO_SPLIT_AFTER = /(?:\b(?:cllr|mr|mrs|ms|dr|st|no|e\.g|i\.e|etc|approx|ref|tel|cf|vs)|\b[A-Z])\.$/i;

function splitLine(line: string, offset: number, out: Sentence[]): void {
  let start = 0;
  const boundary = /[.!?]+["')\]]?\s+(?=["'([]?[A-Z0-9£])/g;
  let m: RegExpExecArray | null;
  while ((m = boundary.exec(line)) !== null) {
    const end = m.index + m[0].trimEnd().length;
    const candidate = line.slice(start, end);
    if (NO_SPLIT_AFTER.test(candidate)) continue;
    push(candidate, offset + start, out);
    start = m.index + m[0].length;
  }
  push(line.slice(start), offset + start, out);
}

function push(raw: string, start: number, out: Sentence[]): void {
  const lead = raw.length - raw.trimStart().length;
  let text = raw.trim();
  if (!text) return;
  // Very long "sentences" (tables, pasted data) are cut so NLP cost stays bounded.
  if (text.length > MAX_SENTENCE) text = text.slice(0, MAX_SENTENCE);
  out.push({ text, start: start + lead });
}
