import PostalMime, { type Address as MimeAddress, type Email } from 'postal-mime';
import type { Address, ComposeKind, Draft } from '../../engine';
import { repairC1 } from './repair-c1';

/** A message that cannot be turned into a Draft, with a reason a person can act on. */
export class MailParseError extends Error {
  override name = 'MailParseError';
}

const REPLY = /^\s*(?:re|aw|sv)\s*(?:\[\d+\])?\s*:/i;
const FORWARD = /^\s*(?:fw|fwd|tr|wg)\s*(?:\[\d+\])?\s*:/i;
/** The header block must start with a field name, not arbitrary bytes. */
const LOOKS_LIKE_HEADER = /^[\x21-\x39\x3b-\x7e]+:/;

/** A parsed message: the engine's Draft plus the thread headers an archive audit needs. */
export interface ParsedMail {
  readonly draft: Draft;
  readonly messageId?: string;
  /** In-Reply-To and References, oldest first, without angle brackets. */
  readonly references: readonly string[];
}

/**
 * Parse an RFC 5322 message (any MIME structure, charset or transfer encoding, via postal-mime)
 * into the engine's Draft. Throws MailParseError when the bytes are not a mail message at all.
 */
export async function emlToDraft(bytes: Uint8Array): Promise<Draft> {
  return (await parseMail(bytes)).draft;
}

export async function parseMail(bytes: Uint8Array): Promise<ParsedMail> {
  assertLooksLikeMail(bytes);
  let email: Email;
  try {
    email = await PostalMime.parse(bytes);
  } catch (err) {
    throw new MailParseError(`could not parse MIME: ${(err as Error).message}`);
  }
  if (!email.from && !email.to?.length && !email.subject) {
    throw new MailParseError('no From, To or Subject header: not a mail message');
  }
  const subject = repairC1(email.subject ?? '');
  const draft: Draft = {
    from: email.from ? first(email.from) : undefined,
    to: flatten(email.to),
    cc: flatten(email.cc),
    bcc: flatten(email.bcc),
    subject,
    text: repairC1(email.text ?? ''),
    html: repairC1(email.html),
    composeKind: composeKind(subject, email),
    receivedAt: validDate(email.date),
    inReplyTo: email.inReplyTo,
  };
  const references = [email.references, email.inReplyTo].join(' ').match(/[^<>\s]+@[^<>\s]+/g) ?? [];
  return { draft, messageId: email.messageId?.replace(/^<|>$/g, ''), references: [...new Set(references)] };
}

function assertLooksLikeMail(bytes: Uint8Array): void {
  if (bytes.length === 0) throw new MailParseError('empty file');
  const head = bytes.subarray(0, Math.min(bytes.length, 8192));
  if (head.includes(0)) throw new MailParseError('binary data (NUL bytes), not a mail message');
  const firstLine = new TextDecoder('latin1').decode(head.subarray(0, 200)).replace(/^\uFEFF/, '');
  if (!LOOKS_LIKE_HEADER.test(firstLine)) throw new MailParseError('does not start with a mail header');
}

function composeKind(subject: string, email: Email): ComposeKind {
  if (FORWARD.test(subject)) return 'forward';
  if (REPLY.test(subject) || email.inReplyTo) return 'reply';
  return 'new';
}

function validDate(date: string | undefined): string | undefined {
  if (!date) return undefined;
  const t = Date.parse(date);
  return Number.isNaN(t) ? undefined : new Date(t).toISOString();
}

/** postal-mime expands groups ("Councillors: a@x, b@y;") into nested lists. */
function flatten(list: readonly MimeAddress[] | undefined): Address[] {
  const out: Address[] = [];
  for (const a of list ?? []) {
    if ('group' in a && Array.isArray(a.group)) out.push(...flatten(a.group));
    else out.push(first(a));
  }
  return out;
}

function first(a: MimeAddress): Address {
  const mailbox = 'group' in a && Array.isArray(a.group) ? a.group[0] ?? { name: a.name, address: '' } : a;
  const email = 'address' in mailbox && mailbox.address ? mailbox.address.toLowerCase() : undefined;
  return { name: repairC1(mailbox.name) || undefined, email };
}
