import type { Address } from '../model/address';
import { parseAddressList } from '../people/parse-address-list';
import { ATTRIBUTION_PREFIX, ATTRIBUTION_SUFFIX, TIME_ZONE_NAMES } from './markers';

export interface Attribution {
  readonly from?: Address;
  readonly sent?: string;
  /** Written by a client ("On <date with time or year> ... <addr> wrote:"), so it marks a quote even without `>` lines. */
  readonly strong: boolean;
  /** Index of the first line after the attribution. */
  readonly next: number;
}

/** Attribution lines are short; anything longer is prose. */
const MAX_LENGTH = 400;
/** How many lines a wrapped "On ... wrote:" may take. */
const MAX_LINES = 3;
/** "Jane Smith wrote:" without "On": more words than this is a sentence, not a name. */
const MAX_NAME_WORDS = 6;

const SUFFIX = new RegExp(`\\b${ATTRIBUTION_SUFFIX.replace(':', '\\s*:')}$`, 'i');
const TIME = /\b\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?!\d)(?:\s*[ap]\.?m\b\.?)?/gi;
const ZONE = new RegExp(`^\\s*\\(?(?:(?:${TIME_ZONE_NAMES.join('|')})\\b)?\\s*(?:[+-]\\d{2}:?\\d{2})?\\)?`, 'i');
const YEAR = /\b(?:19|20)\d{2}\b/g;

/**
 * An attribution starting at line `i` ("On Tue, 27 Jan 2026 at 08:41, Jane Smith <jane@x> wrote:",
 * possibly wrapped over a few lines, or "Jane Smith wrote:"), or undefined.
 */
export function readAttribution(lines: readonly string[], i: number): Attribution | undefined {
  const first = lines[i].trim();
  if (!first || first.length > MAX_LENGTH) return undefined;
  if (SUFFIX.test(first)) return parse(first, i + 1);
  if (!first.toLowerCase().startsWith(ATTRIBUTION_PREFIX)) return undefined;
  let joined = first;
  for (let k = 1; k < MAX_LINES && i + k < lines.length; k++) {
    const more = lines[i + k].trim();
    if (!more) return undefined;
    const glue = /[<@]$/.test(joined) || /^[>@]/.test(more) ? '' : ' ';
    joined = `${joined}${glue}${more}`;
    if (joined.length > MAX_LENGTH) return undefined;
    if (SUFFIX.test(joined)) return parse(joined, i + k + 1);
  }
  return undefined;
}

function parse(text: string, next: number): Attribution | undefined {
  const body = text.replace(SUFFIX, '').trim();
  if (!body.toLowerCase().startsWith(ATTRIBUTION_PREFIX)) {
    if (body.split(/\s+/).length > MAX_NAME_WORDS && !body.includes('@')) return undefined;
    return { from: person(body), strong: false, next };
  }
  const rest = body.slice(ATTRIBUTION_PREFIX.length).trim();
  const time = lastMatchEnd(TIME, rest);
  const cut = Math.max(time === undefined ? -1 : time + (ZONE.exec(rest.slice(time))?.[0].length ?? 0), lastMatchEnd(YEAR, rest) ?? -1);
  let date: string;
  let who: string;
  if (cut >= 0) {
    date = rest.slice(0, cut);
    who = rest.slice(cut);
  } else {
    // No time or year to end the date on: the name is usually after the last comma.
    const comma = rest.lastIndexOf(',');
    date = comma < 0 ? rest : rest.slice(0, comma);
    who = comma < 0 ? '' : rest.slice(comma + 1);
  }
  date = date.replace(/[\s,]+(?:at)?\s*$/i, '').trim();
  who = who.replace(/^[\s,]+/, '').trim();
  return { from: person(who), sent: date || undefined, strong: time !== undefined || who.includes('@'), next };
}

function person(who: string): Address | undefined {
  // Gmail's mobile client writes "Jane Smith, <jane@x>".
  const cleaned = who.replace(/,\s*</, ' <').trim();
  if (!cleaned) return undefined;
  return parseAddressList(cleaned)[0];
}

function lastMatchEnd(pattern: RegExp, text: string): number | undefined {
  pattern.lastIndex = 0;
  let end: number | undefined;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) end = m.index + m[0].length;
  return end;
}
