import { Parser } from 'htmlparser2';

/**
 * HTML mail body → plain text for parseThread, rendered straight from htmlparser2's streaming
 * callbacks (no DOM, no recursion, so hostile nesting cannot overflow the stack).
 *
 * Layout model: every block remembers how many line breaks it wants before and after itself; when
 * two blocks meet, the larger of the two counts wins. Text inside a block collapses runs of HTML
 * whitespace to one space; <br> starts a new line; <pre> keeps its text as written.
 *
 *   p                                   blank line before and after
 *   p.MsoNormal (Outlook's every line)  its own line, no blank line
 *   div, section, article, …            its own line
 *   h1–h3 / h4–h6                       two / one blank lines before, one after (case kept)
 *   blockquote                          blank line around; every line prefixed "> " (blank lines at
 *                                       its edges dropped), so nested quotes read "> > "
 *   hr                                  a line of 32 dashes, blank line around
 *   ul / ol                             " * " / " 1. " markers (a, A, i, I numbering too); a list
 *                                       inside a list item is indented under its marker
 *   table, tr                           blank line around (one row per line); td, th: cells side
 *                                       by side, each followed by a space
 *   a                                   its text only (a quoted "Jane <jane@x>" would otherwise
 *                                       repeat the address)
 *   head, title, style, script, img     dropped
 *
 * When the document has a <body>, only what is inside it is rendered.
 */
export function htmlToText(html: string): string {
  if (!html || !html.trim()) return '';
  const text = render(tokenize(html))
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/\u200b|\u200c|\u200d|\ufeff/g, '');
  return text
    .split('\n')
    .map((line) => line.trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// ---------------------------------------------------------------------------------------------
// Parsing: htmlparser2 events, with text runs merged the way a DOM text node would hold them.

type HtmlEvent =
  | { readonly kind: 'open'; readonly name: string; readonly attribs: Readonly<Record<string, string>> }
  | { readonly kind: 'close'; readonly name: string }
  | { readonly kind: 'text'; readonly data: string }
  /** A comment, CDATA section or doctype: not rendered, but it ends a text run. */
  | { readonly kind: 'other' };

function tokenize(html: string): HtmlEvent[] {
  const events: HtmlEvent[] = [];
  let text = '';
  const flush = (): void => {
    if (text) events.push({ kind: 'text', data: text });
    text = '';
  };
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        flush();
        events.push({ kind: 'open', name, attribs });
      },
      onclosetag(name) {
        flush();
        events.push({ kind: 'close', name });
      },
      ontext(data) {
        text += data;
      },
      oncomment() {
        flush();
        events.push({ kind: 'other' });
      },
      onprocessinginstruction() {
        flush();
        events.push({ kind: 'other' });
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  flush();
  return onlyBody(events);
}

/** The events inside <body> elements (each with its tags), or all of them when there is no body. */
function onlyBody(events: HtmlEvent[]): HtmlEvent[] {
  if (!events.some((e) => e.kind === 'open' && e.name === 'body')) return events;
  const kept: HtmlEvent[] = [];
  let depth = 0;
  for (const e of events) {
    if (e.kind === 'open' && e.name === 'body') depth++;
    if (depth > 0) kept.push(e);
    if (e.kind === 'close' && e.name === 'body') depth--;
  }
  return kept;
}

// ---------------------------------------------------------------------------------------------
// Text building.

/** HTML whitespace for collapsing. U+200B counts; U+00A0 does not (it is a word character here). */
const WORD = /[^ \t\r\n\f\u200b]+/g;
const LEADING_SPACE = /^[ \t\r\n\f\u200b]/;
const TRAILING_SPACE = /[ \t\r\n\f\u200b]$/;
const HAS_WORD = /[^ \t\r\n\f\u200b]/;

/** A block's text while it is being written: finished lines of words plus the line in progress. */
class Block {
  /** Text already laid out (child blocks, and inline text flushed before them). */
  raw = '';
  lines: string[][] = [];
  line: string[] = [];
  /** Whitespace seen after the last word: the next word starts a new word rather than joining it. */
  pendingSpace = false;
  /** Line breaks owed after the last child block, paid when more text follows. */
  pendingBreaks = 0;

  constructor(
    /** Line breaks wanted before this block; raised by a first child block that wants more. */
    public leadingBreaks: number,
    public readonly pre: boolean,
  ) {}

  newLine(count = 1): void {
    this.lines.push(this.line);
    for (let i = 1; i < count; i++) this.lines.push([]);
    this.line = [];
  }

  /** Append a word, or glue it to the previous one when no whitespace separated them. */
  word(word: string, join: boolean): void {
    const last = join ? this.line.pop() : undefined;
    this.line.push(last === undefined ? word : last + word);
  }

  text(): string {
    if (this.lines.length === 0 && this.line.length === 0) return this.raw;
    return this.raw + [...this.lines, this.line].map((words) => words.join(' ')).join('\n');
  }

  /** Lay a finished child's text after what this block holds. */
  append(text: string, leadingBreaks: number, trailingBreaks: number): void {
    const before = this.text();
    const breaks = Math.max(this.pendingBreaks, leadingBreaks);
    this.lines = [];
    this.line = [];
    if (before) {
      this.raw = before + '\n'.repeat(breaks) + text;
    } else {
      this.raw = text;
      this.leadingBreaks = breaks;
    }
    this.pendingBreaks = trailingBreaks;
  }

  /** Inline text: whitespace runs collapse to one space between words. */
  addInline(str: string): void {
    if (this.pre) {
      this.raw += str;
      return;
    }
    if (!str || (this.pendingBreaks && !HAS_WORD.test(str))) return;
    this.payBreaks();
    const hadSpace = this.pendingSpace;
    let first = true;
    WORD.lastIndex = 0;
    for (let m = WORD.exec(str); m; m = WORD.exec(str)) {
      this.word(m[0], first && !hadSpace && !LEADING_SPACE.test(str));
      first = false;
    }
    this.pendingSpace = (hadSpace && first) || TRAILING_SPACE.test(str);
  }

  /** Literal text (a table cell's trailing space): kept as one word, whitespace and all. */
  addLiteral(str: string): void {
    if (!str) return;
    if (this.pre) {
      this.raw += str;
      return;
    }
    this.payBreaks();
    const hadSpace = this.pendingSpace;
    let first = true;
    const pieces = /\n|[^\n]+/g;
    for (let m = pieces.exec(str); m; m = pieces.exec(str)) {
      if (m[0] === '\n') this.newLine();
      else this.word(m[0], first && !hadSpace);
      first = false;
    }
    this.pendingSpace = hadSpace && first;
  }

  lineBreak(): void {
    if (this.pre) this.raw += '\n';
    else this.newLine();
  }

  private payBreaks(): void {
    if (this.pendingBreaks) this.newLine(this.pendingBreaks);
    this.pendingBreaks = 0;
  }
}

/** One finished list entry, laid out when the list closes (marker widths are known only then). */
interface ListEntry {
  readonly marker: string;
  readonly text: string;
  readonly leadingBreaks: number;
  readonly trailingBreaks: number;
}

/** What an open element does when it closes. */
type Frame =
  | { readonly kind: 'inline' }
  | { readonly kind: 'skip' }
  | { readonly kind: 'block'; readonly trailingBreaks: number; readonly quote: boolean }
  | { readonly kind: 'cell' }
  | {
      readonly kind: 'list';
      readonly block: Block;
      readonly nested: boolean;
      readonly nextMarker: () => string;
      readonly entries: ListEntry[];
    };

/** Blocks as [leading, trailing] line breaks. */
const BLOCKS: Readonly<Record<string, readonly [number, number]>> = {
  article: [1, 1],
  aside: [1, 1],
  blockquote: [2, 2],
  div: [1, 1],
  footer: [1, 1],
  form: [1, 1],
  h1: [3, 2],
  h2: [3, 2],
  h3: [3, 2],
  h4: [2, 2],
  h5: [2, 2],
  h6: [2, 2],
  header: [1, 1],
  hr: [2, 2],
  main: [1, 1],
  nav: [1, 1],
  p: [2, 2],
  pre: [2, 2],
  section: [1, 1],
  table: [2, 2],
  tr: [2, 2],
};

const SKIPPED = new Set(['head', 'title', 'style', 'script', 'img']);

const HR_LENGTH = 32;

function render(events: readonly HtmlEvent[]): string {
  const root = new Block(1, false);
  const blocks: Block[] = [root];
  const frames: Frame[] = [];
  /** Open elements by name, to tell whether a list sits inside a list item. */
  const names: string[] = [];
  let skipping = 0;

  const top = (): Block => blocks[blocks.length - 1];

  const openBlock = (leadingBreaks: number, pre = false): void => {
    blocks.push(new Block(leadingBreaks, pre || top().pre));
  };
  const closeBlock = (trailingBreaks: number, quote = false): void => {
    const block = blocks.pop() as Block;
    let text = block.text();
    if (quote) text = trimNewlines(text).split('\n').map((line) => `> ${line}`).join('\n');
    top().append(text, block.leadingBreaks, Math.max(block.pendingBreaks, trailingBreaks));
  };

  /** Every non-blank child of a list is one entry: an <li> gets the next marker, anything else none. */
  const parentList = (): Extract<Frame, { kind: 'list' }> | undefined => {
    const parent = frames[frames.length - 1];
    return parent?.kind === 'list' ? parent : undefined;
  };
  const openEntry = (list: Extract<Frame, { kind: 'list' }>, isItem: boolean): string => {
    const marker = isItem ? (list.nested ? list.nextMarker().trimStart() : list.nextMarker()) : '';
    blocks.push(new Block(1, list.block.pre));
    return marker;
  };
  const closeEntry = (list: Extract<Frame, { kind: 'list' }>, marker: string): void => {
    const entry = blocks.pop() as Block;
    list.entries.push({ marker, text: entry.text(), leadingBreaks: entry.leadingBreaks, trailingBreaks: Math.max(entry.pendingBreaks, 1) });
  };
  /** Markers of the entries that are themselves list children, by depth of the frame stack. */
  const entryMarkers = new Map<number, string>();

  for (const event of events) {
    // Inside a dropped element, only keep count of tags until it closes.
    if (skipping > 0 && !(event.kind === 'close' && skipping === 1)) {
      if (event.kind === 'open') {
        skipping++;
        names.push(event.name);
      } else if (event.kind === 'close') {
        skipping--;
        names.pop();
      }
      continue;
    }
    skipping = 0;

    if (event.kind === 'other') {
      // A comment is not rendered, but as a list's child it still counts as an (empty) entry.
      const list = parentList();
      if (list) closeEntry(list, openEntry(list, false));
      continue;
    }

    if (event.kind === 'text') {
      const list = parentList();
      if (list) {
        if (/^\s*$/.test(event.data)) continue;
        const marker = openEntry(list, false);
        top().addInline(event.data);
        closeEntry(list, marker);
      } else {
        top().addInline(event.data);
      }
      continue;
    }

    if (event.kind === 'open') {
      const { name, attribs } = event;
      const list = parentList();
      if (list) entryMarkers.set(frames.length, openEntry(list, name === 'li'));
      const parentName = names[names.length - 1];
      names.push(name);

      if (SKIPPED.has(name)) {
        skipping = 1;
        frames.push({ kind: 'skip' });
        continue;
      }
      if (name === 'br') {
        top().lineBreak();
        frames.push({ kind: 'inline' });
        continue;
      }
      if (name === 'td' || name === 'th') {
        frames.push({ kind: 'cell' });
        continue;
      }
      if (name === 'ul' || name === 'ol') {
        const nested = parentName === 'li';
        const block = new Block(nested ? 1 : 2, top().pre);
        blocks.push(block);
        frames.push({ kind: 'list', block, nested, nextMarker: markers(name, attribs), entries: [] });
        continue;
      }
      const layout = BLOCKS[name];
      if (layout) {
        const msoLine = name === 'p' && (attribs.class ?? '').split(/[ \t]+/).includes('MsoNormal');
        const [leading, trailing] = msoLine ? [1, 1] : layout;
        openBlock(leading, name === 'pre');
        if (name === 'hr') top().addInline('-'.repeat(HR_LENGTH));
        frames.push({ kind: 'block', trailingBreaks: trailing, quote: name === 'blockquote' });
        continue;
      }
      frames.push({ kind: 'inline' });
      continue;
    }

    // close
    names.pop();
    const frame = frames.pop();
    if (!frame) continue;
    if (frame.kind === 'block') closeBlock(frame.trailingBreaks, frame.quote);
    else if (frame.kind === 'cell') top().addLiteral(' ');
    else if (frame.kind === 'list') closeList(frame, blocks);
    const list = parentList();
    if (list) {
      closeEntry(list, entryMarkers.get(frames.length) ?? '');
      entryMarkers.delete(frames.length);
    }
  }
  return root.text();
}

/** Lay out a closed list's entries, markers padded to the widest, and add it to the enclosing block. */
function closeList(list: Extract<Frame, { kind: 'list' }>, blocks: Block[]): void {
  blocks.pop();
  if (list.entries.length === 0) return;
  const width = Math.max(0, ...list.entries.map((e) => e.marker.length));
  for (const entry of list.entries) {
    const text = entry.marker.padEnd(width) + entry.text.replace(/\n/g, `\n${' '.repeat(width)}`);
    list.block.append(text, entry.leadingBreaks, entry.trailingBreaks);
  }
  const text = list.block.text();
  if (text) blocks[blocks.length - 1].append(text, list.block.leadingBreaks, list.nested ? 1 : 2);
}

function trimNewlines(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === '\n') start++;
  while (end > start && text[end - 1] === '\n') end--;
  return text.slice(start, end);
}

/** The marker source for a list: " * " for <ul>; " 1. ", " a. ", " i. " … for <ol start type>. */
function markers(name: string, attribs: Readonly<Record<string, string>>): () => string {
  if (name === 'ul') return () => ' * ';
  let next = Number(attribs.start || '1');
  const format = ORDINALS[attribs.type ?? ''] ?? String;
  return () => ` ${format(next++)}. `;
}

const ORDINALS: Readonly<Record<string, (n: number) => string>> = {
  a: (n) => letters(n, 'a'),
  A: (n) => letters(n, 'A'),
  i: (n) => roman(n).toLowerCase(),
  I: (n) => roman(n),
};

/** 1 → a, 26 → z, 27 → aa (bijective base 26). */
function letters(n: number, base: string): string {
  const digits: number[] = [];
  let rest = n;
  do {
    rest -= 1;
    digits.push(rest % 26);
    rest = Math.trunc(rest / 26);
  } while (rest > 0);
  return digits
    .reverse()
    .map((d) => String.fromCharCode(base.charCodeAt(0) + d))
    .join('');
}

/** Roman numerals for 1–3999. */
function roman(n: number): string {
  const ones = ['I', 'X', 'C', 'M'];
  const fives = ['V', 'L', 'D'];
  return [...String(n)]
    .map(Number)
    .reverse()
    .map((v, i) => (v % 5 < 4 ? (v < 5 ? '' : fives[i]) + ones[i].repeat(v % 5) : ones[i] + (v < 5 ? fives[i] : ones[i + 1])))
    .reverse()
    .join('');
}
