import type { Address } from '../model/address';

const ANGLE = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/;
const BARE_EMAIL = /^\[?(?:mailto:)?\]?\s*([^\s<>@]+@[^\s<>@]+?)\]?$/i;
const EMBEDDED_MAILTO = /\[mailto:([^\]]+)\]/i;

function parseOne(piece: string): Address | undefined {
  const text = piece.trim().replace(/^["']|["']$/g, '');
  if (!text) return undefined;
  const mailto = EMBEDDED_MAILTO.exec(text);
  if (mailto) {
    const name = text.replace(EMBEDDED_MAILTO, '').replace(/["']/g, '').trim();
    return { name: name || undefined, email: mailto[1].trim().toLowerCase() };
  }
  const angle = ANGLE.exec(text);
  if (angle) {
    const name = angle[1].replace(/^["']|["']$/g, '').trim();
    return { name: name || undefined, email: angle[2].toLowerCase() };
  }
  const bare = BARE_EMAIL.exec(text);
  if (bare) return { email: bare[1].toLowerCase() };
  return { name: text };
}

/**
 * Parse a header value as quoted in a body: Outlook separates with ";" and may write names only
 * ("Smith, Jane (Cllr); Bob Jones"); other clients separate "Name <addr>" items with ",".
 */
export function parseAddressList(value: string): Address[] {
  const trimmed = value.trim();
  if (!trimmed) return [];
  let pieces: string[];
  if (trimmed.includes(';')) pieces = trimmed.split(';');
  else if (trimmed.includes('@')) pieces = splitCommaList(trimmed);
  else pieces = [trimmed];
  return pieces.map(parseOne).filter((a): a is Address => a !== undefined);
}

/**
 * Split "Jane <jane@x>, bob@y, Smith, John <john@x>" on the commas between mailboxes: commas inside
 * quotes or angle brackets do not count, and a piece with no address is the front of the next name
 * ("Smith, John <john@x>"), unless it is the last piece.
 */
function splitCommaList(value: string): string[] {
  const raw: string[] = [];
  let start = 0;
  let inQuote = false;
  let inAngle = false;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '"') inQuote = !inQuote;
    else if (!inQuote && c === '<') inAngle = true;
    else if (c === '>') inAngle = false;
    else if (c === ',' && !inQuote && !inAngle) {
      raw.push(value.slice(start, i));
      start = i + 1;
    }
  }
  raw.push(value.slice(start));
  const pieces: string[] = [];
  let front = '';
  for (const piece of raw) {
    if (!piece.includes('@')) {
      front = front ? `${front},${piece}` : piece;
      continue;
    }
    pieces.push(front ? `${front},${piece}` : piece);
    front = '';
  }
  if (front.trim()) pieces.push(front);
  return pieces;
}
