import type { Address } from '../model/address';
import type { QuotedMessage, Thread } from '../model/thread';
import { parseAddressList } from '../people/parse-address-list';
import { readAttribution, type Attribution } from './attribution';
import { hasAnyHeader, headerField, isFullHeaderBlock, readHeaderBlock, type HeaderFields } from './header-block';
import { SEPARATOR_PHRASES } from './markers';

/** Deeper `>` levels than this are kept as text: bounds the work to a constant times the body size. */
const MAX_DEPTH = 24;
/** Blank lines allowed between an attribution or separator and what it introduces. */
const MAX_GAP = 2;

interface MessageBuilder {
  from?: Address;
  to: Address[];
  cc: Address[];
  sent?: string;
  subject?: string;
  lines: string[];
}

interface Level {
  /** Lines that belong to whoever wrote this level (the new text at the top). */
  own: string[];
  messages: MessageBuilder[];
}

const SEPARATORS = new Set(SEPARATOR_PHRASES);

/**
 * Split a plain-text body into the new text and the quoted history (newest first). Recognises
 * Outlook header blocks (with or without "-----Original Message-----" or a rule above them), forwarded
 * blocks (Gmail, Apple Mail, Thunderbird) and "On <date>, <name> wrote:" with `>` quoting, nested and
 * mixed. Works line by line in time linear in the size of the body.
 */
export function parseThread(text: string): Thread {
  if (!text) return { newText: '', history: [] };
  const level = parseLevel(text.split(/\r\n|\r|\n/), 0);
  return { newText: level.own.join('\n').trimEnd(), history: level.messages.map(finish) };
}

/**
 * One quoting level. Outlook-style blocks are flat: each header block starts a message that runs to
 * the next block. A `>` run is one level deeper: it is parsed on its own, and the lines after it go
 * back to whoever was writing before it (so an inline or bottom-posted reply stays with its author).
 */
function parseLevel(lines: readonly string[], depth: number): Level {
  const own: string[] = [];
  const messages: MessageBuilder[] = [];
  let current: MessageBuilder | undefined;
  const target = () => (current ? current.lines : own);
  const begin = (m: MessageBuilder) => {
    dropTrailingRule(target());
    messages.push(m);
    current = m;
  };
  const canNest = depth < MAX_DEPTH;

  let i = 0;
  while (i < lines.length) {
    const line = lines[i];

    if (canNest && isQuoted(line)) {
      const end = quoteRunEnd(lines, i);
      const inner = parseLevel(dequote(lines, i, end), depth + 1);
      if (current && !hasText(current.lines)) {
        // Outlook's "prefix each line": the header block is plain, the body below it is quoted.
        current.lines.push(...inner.own);
      } else if (hasText(inner.own)) {
        messages.push(emptyMessage(inner.own));
      }
      messages.push(...inner.messages);
      i = end;
      continue;
    }

    const attribution = mayStartAttribution(line) ? readAttribution(lines, i) : undefined;
    if (attribution) {
      const k = skipBlank(lines, attribution.next);
      if (canNest && k < lines.length && isQuoted(lines[k])) {
        const end = quoteRunEnd(lines, k);
        const inner = parseLevel(dequote(lines, k, end), depth + 1);
        dropTrailingRule(target());
        messages.push(fromAttribution(attribution, inner.own), ...inner.messages);
        i = end;
        continue;
      }
      if (attribution.strong) {
        begin(fromAttribution(attribution, []));
        i = attribution.next;
        continue;
      }
    }

    if (isSeparator(line)) {
      const k = skipBlank(lines, i + 1);
      const block = k < lines.length && headerField(lines[k]) ? readHeaderBlock(lines, k) : undefined;
      const found = block && hasAnyHeader(block.fields);
      begin(fromHeaders(found ? block.fields : {}));
      i = found ? block.end : i + 1;
      continue;
    }

    if (headerField(line)) {
      const block = readHeaderBlock(lines, i);
      if (isFullHeaderBlock(block.fields)) {
        begin(fromHeaders(block.fields));
        i = block.end;
        continue;
      }
    }

    target().push(line);
    i++;
  }
  return { own, messages };
}

function finish(m: MessageBuilder): QuotedMessage {
  return {
    ...(m.from ? { from: m.from } : {}),
    to: m.to,
    cc: m.cc,
    ...(m.sent ? { sent: m.sent } : {}),
    ...(m.subject ? { subject: m.subject } : {}),
    text: m.lines.join('\n').trim().replace(/\n{3,}/g, '\n\n'),
  };
}

function fromHeaders(fields: HeaderFields): MessageBuilder {
  return {
    from: fields.from ? addresses(fields.from)[0] : undefined,
    to: fields.to ? addresses(fields.to) : [],
    cc: fields.cc ? addresses(fields.cc) : [],
    sent: fields.sent || undefined,
    subject: fields.subject || undefined,
    lines: [],
  };
}

/** Real recipient lists stay well under this; the cap keeps a hostile value from costing much. */
const MAX_ADDRESS_LIST = 8000;

function addresses(value: string): Address[] {
  return parseAddressList(value.slice(0, MAX_ADDRESS_LIST));
}

function fromAttribution(a: Attribution, lines: string[]): MessageBuilder {
  return { from: a.from, sent: a.sent, to: [], cc: [], lines };
}

function emptyMessage(lines: string[]): MessageBuilder {
  return { to: [], cc: [], lines };
}

function isQuoted(line: string): boolean {
  return /^[ \t]{0,3}>/.test(line);
}

/** The run of `>` lines from `start`, blank lines inside it included. */
function quoteRunEnd(lines: readonly string[], start: number): number {
  let end = start;
  let j = start;
  while (j < lines.length) {
    if (isQuoted(lines[j])) {
      end = ++j;
      continue;
    }
    if (lines[j].trim() !== '') break;
    while (j < lines.length && lines[j].trim() === '') j++;
    if (j >= lines.length || !isQuoted(lines[j])) break;
  }
  return end;
}

function dequote(lines: readonly string[], start: number, end: number): string[] {
  const out: string[] = [];
  for (let j = start; j < end; j++) out.push(lines[j].replace(/^[ \t]{0,3}> ?/, ''));
  return out;
}

function skipBlank(lines: readonly string[], from: number): number {
  let k = from;
  while (k < lines.length && k - from < MAX_GAP && lines[k].trim() === '') k++;
  return k;
}

function hasText(lines: readonly string[]): boolean {
  return lines.some((l) => l.trim() !== '');
}

/** Cheap pre-check so the attribution reader only sees plausible lines. */
function mayStartAttribution(line: string): boolean {
  const t = line.trimStart();
  return /^on\s/i.test(t) || /wrote\s*:\s*$/i.test(line.slice(-12));
}

/** "-----Original Message-----", "---------- Forwarded message ---------", "Begin forwarded message:". */
function isSeparator(line: string): boolean {
  const t = line.trim();
  if (t.length > 60 || t.length < 10) return false;
  const marked = t.includes('--') || t.endsWith(':');
  if (!marked) return false;
  const phrase = t
    .replace(/^[-\s]+|[-\s:]+$/g, '')
    .replace(/\s+/g, ' ')
    .toLowerCase();
  return SEPARATORS.has(phrase);
}

/**
 * Before a quoted block: drop the blank lines and a rule of underscores, dashes or equals signs
 * (Outlook's rule, an <hr>) at the end of the text so far. Dropping the blanks, not just looking past
 * them, keeps repeated calls on one text linear.
 */
function dropTrailingRule(lines: string[]): void {
  while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  if (lines.length > 0 && /^\s*[_\-=─]{8,}\s*$/.test(lines[lines.length - 1])) {
    lines.pop();
    while (lines.length > 0 && lines[lines.length - 1].trim() === '') lines.pop();
  }
}
