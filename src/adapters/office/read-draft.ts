/// <reference types="office-js" />
import type { ComposeKind, Draft } from '../../engine';
import { toAddress, toAddresses } from './addresses';
import { callAsync, type Limiter } from './office-async';
import { coercion, mailbox, supportsMailbox, type OfficeItem } from './host';
import { readPrefilled } from './prefilled';

/** What the adapter knows about the item besides the Draft the engine reads. */
export interface DraftSnapshot {
  readonly draft: Draft;
  readonly conversationId?: string;
  /** Read mode: the message's own Internet Message-ID. */
  readonly internetMessageId?: string;
  readonly itemId?: string;
}

const FORWARD = /^\s*(?:fwd?|fw|tr|wg|vs)\s*:/i;
const REPLY = /^\s*(?:re|aw|sv|antw)\s*:/i;

/**
 * Read the draft being written, as the engine's one Draft: To, Cc, Bcc, From, subject, the HTML
 * body (new text and quoted history together; the engine splits them), the compose type, the
 * recorded pre-filled recipients and, as properties, In-Reply-To (Mailbox 1.14) and the
 * conversation id.
 *
 * Every read is issued at once, through the limiter, so Outlook on the web and new Outlook never
 * see more than three calls in flight; with n calls the read takes about ⌈n/3⌉ round trips, not n.
 * Each call is status-checked and a failure names the call. Only the compose type may fail without
 * failing the read: it is evidence, and the kind is then inferred from the thread.
 *
 * Recipients are what Outlook's `getAsync` returns: resolved recipients only. An address still
 * being typed (not yet underlined or separated by a semicolon) is not seen until Outlook resolves
 * it, which it does before the Send check runs.
 */
export async function readComposeDraft(item: OfficeItem, limit: Limiter): Promise<DraftSnapshot> {
  const get = <T>(operation: string, invoke: (cb: (r: Office.AsyncResult<T>) => void) => void) =>
    limit(() => callAsync<T>(operation, invoke));
  const fromCall = typeof item.from?.getAsync === 'function'
    ? get<Office.EmailAddressDetails>('from.getAsync', (cb) => item.from.getAsync(cb))
    : Promise.resolve(profileAddress());
  const composeTypeCall = supportsMailbox('1.10') && typeof item.getComposeTypeAsync === 'function'
    ? get<{ composeType: string }>('getComposeTypeAsync', (cb) => item.getComposeTypeAsync(cb as never)).catch(() => undefined)
    : Promise.resolve(undefined);
  const [to, cc, bcc, from, subject, html, composeType, prefilled] = await Promise.all([
    get<Office.EmailAddressDetails[]>('to.getAsync', (cb) => item.to.getAsync(cb)),
    get<Office.EmailAddressDetails[]>('cc.getAsync', (cb) => item.cc.getAsync(cb)),
    get<Office.EmailAddressDetails[]>('bcc.getAsync', (cb) => item.bcc.getAsync(cb)),
    fromCall,
    get<string>('subject.getAsync', (cb) => item.subject.getAsync(cb)),
    get<string>('body.getAsync', (cb) => item.body.getAsync(coercion('html'), cb)),
    composeTypeCall,
    readPrefilled(item, limit),
  ]);
  const inReplyTo = stringProp(item, 'inReplyTo');
  const conversationId = stringProp(item, 'conversationId');
  const draft: Draft = {
    from: toAddress(from as Office.EmailAddressDetails | undefined),
    to: toAddresses(to),
    cc: toAddresses(cc),
    bcc: toAddresses(bcc),
    subject: subject ?? '',
    html: html ?? '',
    composeKind: inferComposeKind({
      composeType: composeType?.composeType,
      subject: subject ?? '',
      inReplyTo,
      conversationId,
      prefilled: prefilled.length,
    }),
    ...(inReplyTo ? { inReplyTo } : {}),
    ...(prefilled.length ? { originalParticipants: prefilled } : {}),
  };
  return { draft, conversationId };
}

/** Read the selected message (read mode): recipients are properties, only the body is async. */
export async function readReceivedDraft(item: OfficeItem, limit: Limiter): Promise<DraftSnapshot> {
  const headersCall = supportsMailbox('1.8') && typeof item.getAllInternetHeadersAsync === 'function'
    ? limit(() => callAsync<string>('getAllInternetHeadersAsync', (cb) => item.getAllInternetHeadersAsync(cb)))
        // The headers only add In-Reply-To; a client that withholds them must not stop the check.
        .catch(() => '')
    : Promise.resolve('');
  const [html, headers] = await Promise.all([
    limit(() => callAsync<string>('body.getAsync', (cb) => item.body.getAsync(coercion('html'), cb))),
    headersCall,
  ]);
  const inReplyTo = headerValue(headers, 'In-Reply-To')?.replace(/^<|>$/g, '');
  const subject = typeof item.subject === 'string' ? item.subject : '';
  const received = item.dateTimeCreated instanceof Date ? item.dateTimeCreated : item.dateTimeCreated ? new Date(item.dateTimeCreated) : undefined;
  const draft: Draft = {
    from: toAddress(item.from),
    to: toAddresses(item.to),
    cc: toAddresses(item.cc),
    bcc: [],
    subject,
    html: html ?? '',
    composeKind: FORWARD.test(subject) ? 'forward' : REPLY.test(subject) || inReplyTo ? 'reply' : 'new',
    ...(received && !Number.isNaN(received.getTime()) ? { receivedAt: received.toISOString() } : {}),
    ...(inReplyTo ? { inReplyTo } : {}),
  };
  return {
    draft,
    conversationId: stringProp(item, 'conversationId'),
    internetMessageId: stringProp(item, 'internetMessageId')?.replace(/^<|>$/g, ''),
    itemId: stringProp(item, 'itemId'),
  };
}

export interface ComposeEvidence {
  readonly composeType?: string;
  readonly subject: string;
  readonly inReplyTo?: string;
  readonly conversationId?: string;
  readonly prefilled: number;
}

/**
 * Outlook's own answer first; but getComposeTypeAsync reports a reply reopened from Drafts (and on
 * some clients any reply) as "newMail", so a new-mail answer is checked against In-Reply-To, the
 * recorded pre-filled recipients and a conversation with a Re:/Fw: subject.
 */
export function inferComposeKind(e: ComposeEvidence): ComposeKind {
  const type = (e.composeType ?? '').toLowerCase();
  if (type === 'forward') return 'forward';
  if (type === 'reply') return FORWARD.test(e.subject) ? 'forward' : 'reply';
  const byThread = Boolean(e.inReplyTo) || e.prefilled > 0 || (Boolean(e.conversationId) && (REPLY.test(e.subject) || FORWARD.test(e.subject)));
  if (byThread) return FORWARD.test(e.subject) ? 'forward' : 'reply';
  if (type === 'newmail') return 'new';
  return 'unknown';
}

function profileAddress(): Office.EmailAddressDetails | undefined {
  try {
    const p = mailbox().userProfile;
    return p ? ({ displayName: p.displayName, emailAddress: p.emailAddress } as Office.EmailAddressDetails) : undefined;
  } catch {
    return undefined;
  }
}

function stringProp(item: unknown, name: string): string | undefined {
  const v = (item as Record<string, unknown>)[name];
  return typeof v === 'string' && v ? v : undefined;
}

/** One header's value from a raw header block (unfolded). */
export function headerValue(headers: string, name: string): string | undefined {
  const unfolded = headers.replace(/\r?\n[ \t]+/g, ' ');
  const re = new RegExp(`^${name.replace(/-/g, '\\-')}:[ \\t]*(.*)$`, 'im');
  const m = re.exec(unfolded);
  return m ? m[1].trim() : undefined;
}

