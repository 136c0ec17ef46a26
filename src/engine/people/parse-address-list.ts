import type { Address } from '../model/address';

const ANGLE = /^(.*?)\s*<\s*([^<>\s]+@[^<>\s]+)\s*>\s*$/;
const BARE_EMAIL = /^\[?mailto:?\]?\s*([^\s<>@]+@[^\s<>@]+)$/i;
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
  else if ((trimmed.match(/>\s*,/g) ?? []).length > 0) pieces = trimmed.split(/(?<=>)\s*,/);
  else if (!trimmed.includes('<') && trimmed.split(',').every((p) => p.includes('@'))) pieces = trimmed.split(',');
  else pieces = [trimmed];
  return pieces.map(parseOne).filter((a): a is Address => a !== undefined);
}
