/**
 * Small, pure helpers for editing an Outlook compose body in place: find where the quoted history
 * starts, insert a paragraph above it, and replace a phrase in the new text even when Outlook has
 * split it across tags or written spaces as `&nbsp;`. No DOM, so they run in the pane, in tests and
 * in the Smart Alerts runtime alike.
 */

/** The body's visible text with whitespace collapsed, and where each character sits in the HTML. */
export interface TextMap {
  readonly text: string;
  /** HTML offset where character i starts; equal to `ends[i]` for a space a tag stands for. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

const BLOCK_TAGS = new Set([
  'p', 'div', 'br', 'li', 'ul', 'ol', 'tr', 'td', 'th', 'table', 'tbody', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'blockquote', 'hr', 'pre', 'body', 'section', 'article', 'header', 'footer',
]);
/** Elements whose content is never visible text. */
const SKIP_CONTENT = new Set(['style', 'script', 'head', 'title', 'xml']);

const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  nbsp: ' ', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", rsquo: '\u2019', lsquo: '\u2018',
  rdquo: '\u201d', ldquo: '\u201c', ndash: '\u2013', mdash: '\u2014', hellip: '\u2026', pound: '\u00a3',
};

/** Map the visible text of `html`; whitespace runs become one space. */
export function mapHtmlText(html: string): TextMap {
  const text: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  const push = (ch: string, start: number, end: number) => {
    if (/\s/.test(ch)) {
      if (text.length === 0 || text[text.length - 1] === ' ') return;
      ch = ' ';
    }
    text.push(ch);
    starts.push(start);
    ends.push(end);
  };
  let i = 0;
  while (i < html.length) {
    const c = html[i];
    if (c === '<') {
      if (html.startsWith('<!--', i)) {
        const close = html.indexOf('-->', i + 4);
        i = close < 0 ? html.length : close + 3;
        continue;
      }
      const close = html.indexOf('>', i + 1);
      if (close < 0) {
        push(c, i, i + 1);
        i++;
        continue;
      }
      const name = tagName(html.slice(i, close + 1));
      if (name && SKIP_CONTENT.has(name) && html[i + 1] !== '/') {
        const end = html.toLowerCase().indexOf(`</${name}`, close);
        const endClose = end < 0 ? -1 : html.indexOf('>', end);
        i = endClose < 0 ? html.length : endClose + 1;
        continue;
      }
      if (name && BLOCK_TAGS.has(name)) push(' ', i, i);
      i = close + 1;
      continue;
    }
    if (c === '&') {
      const m = /^&(#x[0-9a-f]+|#\d+|[a-z]+);/i.exec(html.slice(i, i + 12));
      if (m) {
        push(decodeEntity(m[1]) ?? m[0], i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    }
    push(c, i, i + 1);
    i++;
  }
  return { text: text.join(''), starts, ends };
}

function tagName(tag: string): string | undefined {
  const m = /^<\/?\s*([a-z][a-z0-9:-]*)/i.exec(tag);
  return m ? m[1].toLowerCase() : undefined;
}

function decodeEntity(body: string): string | undefined {
  if (body[0] === '#') {
    const code = body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    if (!Number.isFinite(code) || code <= 0 || code > 0x10ffff) return undefined;
    const ch = String.fromCodePoint(code);
    return ch === '\u00a0' ? ' ' : ch;
  }
  return NAMED_ENTITIES[body.toLowerCase()];
}

/** Markers mail clients put where the quoted history starts, in HTML. */
const HTML_QUOTE_MARKERS: readonly RegExp[] = [
  /<div[^>]*\bid=["']?appendonsend\b/i, // Outlook on the web / new Outlook: end of the new text
  /<hr[^>]*>\s*(?:<[^>]+>\s*)*<div[^>]*\bid=["']?divRplyFwdMsg\b/i,
  /<div[^>]*\bid=["']?divRplyFwdMsg\b/i,
  /<div[^>]*\bclass=["']?[^"'>]*\bOutlookMessageHeader\b/i,
  /<div[^>]*style=["'][^"']*border-top:\s*solid[^"']*["'][^>]*>\s*(?:<[^>]+>\s*){0,6}(?:<b>)?\s*From:/i, // Outlook desktop
  /<div[^>]*\bclass=["']?[^"'>]*\bgmail_quote\b/i,
  /<div[^>]*\bclass=["']?[^"'>]*\bmoz-cite-prefix\b/i,
  /<blockquote\b/i,
];

/** Plain-text markers, matched against the mapped text when no HTML marker is found. */
const TEXT_QUOTE_MARKERS: readonly RegExp[] = [
  /-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}/i,
  /\bFrom: .{1,300}? (?:Sent|Date): /,
  /\bOn .{4,200}? wrote: /,
];

/** HTML offset where the quoted history starts, or -1 for a body with none. */
export function findQuoteStart(html: string): number {
  let best = -1;
  for (const re of HTML_QUOTE_MARKERS) {
    const m = re.exec(html);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  if (best >= 0) return best;
  const map = mapHtmlText(html);
  for (const re of TEXT_QUOTE_MARKERS) {
    const m = re.exec(map.text + ' ');
    if (m && m.index < map.starts.length) {
      const at = backOverOpeningTags(html, map.starts[m.index]);
      if (best < 0 || at < best) best = at;
    }
  }
  return best;
}

/** Step back over opening tags directly before `at`, so an insertion lands outside them. */
function backOverOpeningTags(html: string, at: number): number {
  let pos = at;
  for (;;) {
    const before = html.slice(0, pos).replace(/\s+$/, '');
    const m = /<([a-z][a-z0-9]*)\b[^<>]*>$/i.exec(before);
    if (!m || m[0].startsWith('</')) return pos;
    pos = before.length - m[0].length;
  }
}

/** Where the new text ends in plain text: the first quote marker, or -1. */
export function findTextQuoteStart(text: string): number {
  const markers = [
    /^-{2,}\s*(?:Original Message|Forwarded message)\s*-{2,}/im,
    /^From: .*\r?\n(?:.*\r?\n){0,3}?(?:Sent|Date): /m,
    /^On .{4,200}wrote:\s*$/m,
    /^>/m,
  ];
  let best = -1;
  for (const re of markers) {
    const m = re.exec(text);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A notation as Outlook would write a paragraph; line breaks kept. */
export function notationHtml(text: string): string {
  return `<p>${escapeHtml(text).replace(/\r?\n/g, '<br>')}</p>`;
}

/** Insert `fragment` where the quoted history starts; undefined when the body has no quote. */
export function insertAboveQuote(html: string, fragment: string): string | undefined {
  const at = findQuoteStart(html);
  if (at < 0) return undefined;
  return html.slice(0, at) + fragment + html.slice(at);
}

export interface ReplaceOptions {
  /** Replace the last match in the new text rather than the first (a sign-off sits at the foot). */
  readonly last?: boolean;
}

/**
 * Replace `find` (compared case-insensitively, whitespace collapsed) with `replacement` in the new
 * text, never in the quoted history. Returns undefined when the phrase is not there. When Outlook
 * split the phrase across tags, the replacement goes where the phrase began and the rest of the
 * phrase's text is removed, keeping every tag.
 */
export function replaceInNewText(html: string, find: string, replacement: string, options: ReplaceOptions = {}): string | undefined {
  const needle = collapse(find).toLowerCase();
  if (!needle) return undefined;
  const quoteAt = findQuoteStart(html);
  const map = mapHtmlText(html);
  const hay = map.text.toLowerCase();
  let idx = -1;
  for (let from = 0; ; ) {
    const at = hay.indexOf(needle, from);
    if (at < 0) break;
    if (quoteAt >= 0 && map.starts[at] >= quoteAt) break;
    idx = at;
    if (!options.last) break;
    from = at + 1;
  }
  if (idx < 0) return undefined;
  // Group the matched characters into runs of adjacent HTML (one text node each).
  const runs: { start: number; end: number }[] = [];
  for (let i = idx; i < idx + needle.length; i++) {
    if (map.starts[i] === map.ends[i]) continue; // a space a tag stands for
    const last = runs[runs.length - 1];
    if (last && last.end === map.starts[i]) last.end = map.ends[i];
    else runs.push({ start: map.starts[i], end: map.ends[i] });
  }
  if (runs.length === 0) return undefined;
  let out = html.slice(0, runs[0].start) + escapeHtml(replacement);
  for (let r = 1; r < runs.length; r++) out += html.slice(runs[r - 1].end, runs[r].start);
  return out + html.slice(runs[runs.length - 1].end);
}

/** The same replacement for a plain-text body. */
export function replaceInNewPlainText(text: string, find: string, replacement: string, options: ReplaceOptions = {}): string | undefined {
  const quoteAt = findTextQuoteStart(text);
  const head = quoteAt < 0 ? text : text.slice(0, quoteAt);
  const pattern = collapse(find)
    .split(' ')
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .join('\\s+');
  if (!pattern) return undefined;
  const re = new RegExp(pattern, 'gi');
  let match: RegExpExecArray | null = null;
  for (let m = re.exec(head); m; m = re.exec(head)) {
    match = m;
    if (!options.last) break;
  }
  if (!match) return undefined;
  return text.slice(0, match.index) + replacement + text.slice(match.index + match[0].length);
}

function collapse(s: string): string {
  return s.replace(/[\s\u00a0]+/g, ' ').trim();
}
