import { HEADER_FIELD_NAMES, type HeaderField } from './markers';

/** The header fields of one quoted message, values joined across wrapped lines. */
export type HeaderFields = Partial<Record<Exclude<HeaderField, 'other'>, string>>;

export interface HeaderBlock {
  readonly fields: HeaderFields;
  /** Index of the first line after the block. */
  readonly end: number;
}

const FIELD_NAMES = new Map(Object.entries(HEADER_FIELD_NAMES));
/** Field names are short; looking only this far keeps a huge line without a colon cheap. */
const NAME_WINDOW = 2 + Math.max(...[...FIELD_NAMES.keys()].map((k) => k.length)) + 4;
/** A block with wrapped recipient lists can run long, but not longer than this. */
const MAX_BLOCK_LINES = 40;
/** A line this long may have been hard-wrapped by the client, so the next line can continue it. */
const WRAP_WIDTH = 60;

/** "From: x", "*Sent:* y", "Reply-To : z": the field and its value, or undefined for an ordinary line. */
export function headerField(line: string): { field: HeaderField; value: string } | undefined {
  const head = line.slice(0, NAME_WINDOW + 16).trimStart().slice(0, NAME_WINDOW);
  const colon = head.indexOf(':');
  if (colon < 1) return undefined;
  const name = head
    .slice(0, colon)
    .replace(/^\*{1,2}|\*{1,2}$/g, '')
    .trim()
    .toLowerCase();
  const field = FIELD_NAMES.get(name);
  if (!field) return undefined;
  const rest = line.trimStart().slice(colon + 1);
  return { field, value: rest.replace(/^\s*\*{1,2}/, '').trim() };
}

function isBlank(line: string | undefined): boolean {
  return line !== undefined && line.trim() === '';
}

/**
 * Read the run of header lines starting at `start` (which must itself be a header line). A value may
 * wrap onto following lines; one blank line may sit between fields (HTML bodies often put each
 * header in its own paragraph). A repeated field ends the block: it belongs to the next message.
 */
export function readHeaderBlock(lines: readonly string[], start: number): HeaderBlock {
  const fields: HeaderFields = {};
  let last: HeaderField | undefined;
  let lastRaw = '';
  let wrapsOfLast = 0;
  let end = start;
  const isNewField = (line: string | undefined): boolean => {
    if (line === undefined) return false;
    const f = headerField(line);
    return f !== undefined && (f.field === 'other' || fields[f.field] === undefined);
  };
  for (let j = start; j < lines.length && j - start < MAX_BLOCK_LINES; j++) {
    const raw = lines[j];
    const f = headerField(raw);
    if (f) {
      if (f.field !== 'other' && fields[f.field] !== undefined) break;
      if (f.field !== 'other') fields[f.field] = f.value;
      last = f.field;
      lastRaw = raw;
      wrapsOfLast = 0;
      end = j + 1;
      continue;
    }
    if (last === undefined) break;
    if (isBlank(raw)) {
      if (isNewField(lines[j + 1])) continue;
      break;
    }
    if (!continuesValue(last, raw, lastRaw, wrapsOfLast, isNewField(lines[j + 1]))) break;
    if (last !== 'other') fields[last] = `${fields[last] ?? ''} ${raw.trim()}`.trim();
    lastRaw = raw;
    wrapsOfLast++;
    end = j + 1;
  }
  return { fields, end };
}

/**
 * Whether a non-header line continues the previous header's value. Sure when another header follows
 * or the line is folded (indented); otherwise only when the previous line was long enough to have
 * been wrapped, and then recipient lists may run on while they still look like addresses, other
 * values for one more line (so a body that starts right under "Subject:" is not swallowed).
 */
function continuesValue(
  field: HeaderField,
  raw: string,
  previousRaw: string,
  wrapsSoFar: number,
  headerFollows: boolean,
): boolean {
  if (headerFollows || /^[ \t]/.test(raw)) return wrapsSoFar < MAX_BLOCK_LINES;
  if (previousRaw.trimEnd().length < WRAP_WIDTH) return false;
  if (field === 'to' || field === 'cc' || field === 'bcc' || field === 'from') {
    return /[@;]/.test(raw) || /[;,]\s*$/.test(previousRaw);
  }
  return wrapsSoFar === 0;
}

/**
 * Enough to call a run of lines a quoted message's headers when nothing else marks it. The sender
 * must read like a mailbox, so an event notice ("Date: 3 May / From: 6pm / To: 8pm") is not one.
 */
export function isFullHeaderBlock(fields: HeaderFields): boolean {
  return (
    fields.from !== undefined &&
    looksLikeSender(fields.from) &&
    fields.sent !== undefined &&
    (fields.to !== undefined || fields.subject !== undefined)
  );
}

function looksLikeSender(value: string): boolean {
  return /\p{L}/u.test(value) && !/^\d/.test(value);
}

/** After an explicit separator ("-----Original Message-----") any header line will do. */
export function hasAnyHeader(fields: HeaderFields): boolean {
  return Object.keys(fields).length > 0;
}
