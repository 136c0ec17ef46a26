import lexicon from './lexicon/confidentiality.json';
import { phraseRegExp } from './phrases';

/**
 * Standard email disclaimers and signature footers say "confidential" on every message, so they
 * must never be read as the writer marking a matter confidential (or as shouting, when written in
 * capitals). Detected by shape, not by wording of any one council:
 * - a paragraph that talks about "this email / message / the information in it", calls it
 *   confidential or privileged, and says who it is intended for or what to do if received in error;
 * - a block fenced by lines of asterisks, dashes, underscores or equals signs that holds such text;
 * - everything after a signature separator line ("--") that holds such text.
 */

const SUBJECT = phraseRegExp(lexicon.disclaimerSubjects);
const SHAPE = phraseRegExp(lexicon.disclaimerShapes);
const SHAPE_ALL = phraseRegExp(lexicon.disclaimerShapes, 'gi');
const CONFIDENTIAL = /\b(?:confidential|privileged|confidentiality)\b/i;
const RULE_LINE = /^\s*(?:[*=_~#-]\s*){5,}$/;
const SIG_SEPARATOR = /^\s*--\s*$/;

/** Whether one paragraph reads as a disclaimer rather than something the writer said. */
export function isDisclaimer(paragraph: string): boolean {
  if (!CONFIDENTIAL.test(paragraph) && !SHAPE.test(paragraph)) return false;
  const shapes = new Set((paragraph.match(SHAPE_ALL) ?? []).map((s) => s.toLowerCase())).size;
  if (CONFIDENTIAL.test(paragraph)) return shapes >= 1 && (SUBJECT.test(paragraph) || shapes >= 2);
  return SUBJECT.test(paragraph) && shapes >= 2;
}

/**
 * The text with disclaimer paragraphs and fenced footer blocks blanked out. Line count is kept (the
 * removed lines become empty) so paragraph structure survives for later readers.
 */
export function stripBoilerplate(text: string): string {
  // Several rules read the same new text in one check: reuse the last result.
  if (text === last.input) return last.output;
  const output = strip(text);
  last = { input: text, output };
  return output;
}

let last: { input: string; output: string } = { input: '', output: '' };

function strip(text: string): string {
  const lines = text.replace(/\r\n?/g, '\n').split('\n');
  const drop = new Array<boolean>(lines.length).fill(false);

  // Paragraphs: runs of non-blank lines that are not rule lines.
  let start = -1;
  const flush = (end: number) => {
    if (start < 0) return;
    const para = lines.slice(start, end).join(' ');
    if (isDisclaimer(para)) for (let k = start; k < end; k++) drop[k] = true;
    start = -1;
  };
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length ? lines[i] : '';
    if (!line.trim() || RULE_LINE.test(line) || SIG_SEPARATOR.test(line)) flush(i);
    else if (start < 0) start = i;
  }

  // Fences: a rule line, some text, a rule line; dropped whole when a disclaimer sits inside.
  const rules = lines.map((l, i) => (RULE_LINE.test(l) ? i : -1)).filter((i) => i >= 0);
  for (let r = 0; r + 1 < rules.length; r++) {
    const [a, b] = [rules[r], rules[r + 1]];
    if (b - a > 40) continue;
    if (drop.slice(a + 1, b).some(Boolean)) for (let k = a; k <= b; k++) drop[k] = true;
  }
  // A signature separator followed by a disclaimer: the rest is footer.
  for (let i = 0; i < lines.length; i++) {
    if (SIG_SEPARATOR.test(lines[i]) && drop.slice(i + 1).some(Boolean)) {
      for (let k = i; k < lines.length; k++) drop[k] = true;
      break;
    }
  }
  return lines.map((l, i) => (drop[i] ? '' : l)).join('\n');
}
