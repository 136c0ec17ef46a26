import { compile, type HtmlToTextOptions } from 'html-to-text';

/** Deeper than any real mail (a long Gmail thread adds about four elements per quoted level). */
const MAX_NESTING = 500;

const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((selector) => ({ selector, options: { uppercase: false } }));

const OPTIONS: HtmlToTextOptions = {
  // Keep the lines as the author wrote them: wrapping here would fake wrapped headers.
  wordwrap: false,
  // The converter recurses per element; bound it so hostile nesting cannot overflow the stack.
  limits: { maxDepth: MAX_NESTING, ellipsis: '' },
  selectors: [
    // Quoted headers read "Jane <jane@x>"; the link target would repeat the address inside the brackets.
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'style', format: 'skip' },
    { selector: 'script', format: 'skip' },
    { selector: 'head', format: 'skip' },
    { selector: 'title', format: 'skip' },
    // Outlook writes every line as a margin-less <p class=MsoNormal> and blank lines as empty ones.
    { selector: 'p.MsoNormal', format: 'block', options: { leadingLineBreaks: 1, trailingLineBreaks: 1 } },
    // Quoted messages become `>` lines, which parseThread reads as one level deeper.
    { selector: 'blockquote', options: { trimEmptyLines: true } },
    { selector: 'hr', options: { length: 32 } },
    // Tables are layout (signatures, Thunderbird's quoted-header table): a row is a line, its cells
    // side by side, so "Subject:" and its value stay on one line. No drawn grid, no column wrapping.
    { selector: 'table', format: 'block' },
    { selector: 'tr', format: 'block' },
    { selector: 'td', format: 'inlineSurround', options: { suffix: ' ' } },
    { selector: 'th', format: 'inlineSurround', options: { suffix: ' ' } },
    ...HEADINGS,
  ],
};

let converter: ((html: string) => string) | undefined;

/**
 * Reduce an HTML mail body to plain text that parseThread can read: paragraphs and line breaks kept,
 * blockquotes as `>` lines, quoted header blocks as "From: ..." lines, entities decoded, styles,
 * scripts and the head dropped.
 */
export function htmlToText(html: string): string {
  if (!html || !html.trim()) return '';
  converter ??= compile(OPTIONS);
  const text = converter(html)
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '');
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
