import { parseThread } from '../engine/thread';
import type { Address, ComposeKind, Deadline, Draft, Fix, PolicyFile, RecipientField } from '../engine';
import { MailboxError, type LaunchContext, type MailboxMode, type MailboxPort, type TrackedEnquiry } from '../adapters/mailbox/port';
import type { PolicySource } from '../adapters/policy';

/** One message in the simulated mailbox: what Outlook would hold for the open or selected item. */
export interface SimulatedItem {
  readonly id: string;
  readonly from?: Address;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly bcc: readonly Address[];
  readonly subject: string;
  readonly body: string;
  readonly composeKind: ComposeKind;
  readonly receivedAt?: string;
  readonly internetMessageId?: string;
  readonly inReplyTo?: string;
  readonly conversationId?: string;
  readonly categories?: readonly string[];
  /** Set by the delay-delivery fix. */
  readonly deliverAt?: string;
}

/** Why the message changed: the user typed, a fix was applied, or tracking added a category. */
export type ChangeCause = 'edit' | 'fix' | 'tracking';

/** The part of Web Storage the mailbox uses (localStorage in the page, a Map in tests). */
export type KeyValueStore = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export interface SimulatedMailboxOptions {
  readonly mode: MailboxMode;
  readonly item: SimulatedItem;
  readonly policy?: PolicyFile;
  /**
   * How the policy was obtained, as the Office adapter reports it. Defaults to `fresh` when a
   * policy is given and to `default` (no policy file deployed) when not.
   */
  readonly policySource?: PolicySource;
  readonly storage: KeyValueStore;
  /**
   * As if the Send check's Review button opened the pane (compose mode only). May still be being
   * worked out (the playground runs its simulated Send check on the engine, loaded on demand).
   */
  readonly launchContext?: LaunchContext | Promise<LaunchContext | undefined>;
  /** Delay before each simulated Office call answers, as a slow host would. */
  readonly latencyMs?: number;
  readonly clock?: () => Date;
  /** Called when the mailbox opens another item (the interim reply form). */
  readonly onOpenItem?: (item: SimulatedItem, mode: MailboxMode) => void;
}

/** Where the playground keeps its register of tracked enquiries (Outlook: roaming settings). */
export const REGISTER_KEY = 'protocol-guard.playground.tracked-enquiries';
export const TRACKING_CATEGORY = 'Protocol Guard: reply due';

/**
 * MailboxPort over an in-memory message. Fixes really change the message; tracking is written to
 * storage and read back from it, as the Office adapter writes to and reads from the mailbox.
 */
export class SimulatedMailbox implements MailboxPort {
  readonly mode: MailboxMode;
  private item: SimulatedItem;
  private readonly options: SimulatedMailboxOptions;
  private readonly itemListeners = new Set<() => void>();
  private readonly contentListeners = new Set<(item: SimulatedItem, cause: ChangeCause) => void>();
  private failures = new Map<string, string>();

  constructor(options: SimulatedMailboxOptions) {
    this.options = options;
    this.mode = options.mode;
    this.item = options.item;
  }

  /** The message as it stands now (after any edits and fixes). */
  get snapshot(): SimulatedItem {
    return this.item;
  }

  /** A user edit in the playground: like typing in Outlook, it tells the pane the item changed. */
  edit(patch: Partial<Omit<SimulatedItem, 'id'>>): void {
    this.item = { ...this.item, ...patch };
    this.emitContent('edit');
    this.itemListeners.forEach((l) => l());
  }

  /** Follow changes to the message's content, including those a fix makes. */
  subscribe(listener: (item: SimulatedItem, cause: ChangeCause) => void): () => void {
    this.contentListeners.add(listener);
    return () => this.contentListeners.delete(listener);
  }

  /** Make the next call to `operation` fail as Office would, to try the pane's error state. */
  failNext(operation: string, message = 'The operation failed (simulated Office error 9020).'): void {
    this.failures.set(operation, message);
  }

  async readDraft(): Promise<Draft> {
    // Issued together, as the Office adapter does: six reads cost about one round trip.
    const [from, to, cc, bcc, subject, text, receivedAt] = await Promise.all([
      this.call('from.getAsync', () => this.item.from),
      this.call('to.getAsync', () => this.item.to),
      this.call('cc.getAsync', () => this.item.cc),
      this.call('bcc.getAsync', () => this.item.bcc),
      this.call('subject.getAsync', () => this.item.subject),
      this.call('body.getAsync', () => this.item.body),
      this.mode === 'read' ? this.call('item.dateTimeCreated', () => this.item.receivedAt) : Promise.resolve(undefined),
    ]);
    return {
      ...(from ? { from } : {}),
      to,
      cc,
      bcc: this.mode === 'read' ? [] : bcc,
      subject,
      text,
      composeKind: this.mode === 'read' ? 'unknown' : this.item.composeKind,
      ...(receivedAt ? { receivedAt } : {}),
      ...(this.item.inReplyTo ? { inReplyTo: this.item.inReplyTo } : {}),
    };
  }

  async applyFix(fix: Fix): Promise<void> {
    await this.call('applyFix', () => {
      if (this.mode !== 'compose') throw new MailboxError('applyFix', 'fixes apply only to a message being written');
      this.item = applyFixTo(this.item, fix);
    });
    this.emitContent('fix');
  }

  onItemChanged(listener: () => void): () => void {
    this.itemListeners.add(listener);
    return () => this.itemListeners.delete(listener);
  }

  loadPolicy(): Promise<PolicyFile | undefined> {
    return this.call('loadPolicy', () => this.options.policy);
  }

  policySource(): PolicySource | undefined {
    if (this.options.policySource) return this.options.policySource;
    return this.options.policy
      ? { kind: 'fresh', url: 'policy.json' }
      : { kind: 'default', reason: 'no council policy file is deployed' };
  }

  async launchContext(): Promise<LaunchContext | undefined> {
    const context = this.options.launchContext;
    if (this.mode !== 'compose' || !context) return undefined;
    return await this.call('getInitializationContextAsync', () => context);
  }

  getTracking(): Promise<TrackedEnquiry | undefined> {
    return this.call('customProperties.getAsync', () => {
      const register = this.readRegister();
      if (this.mode === 'read') return register.find((e) => e.itemId === this.item.id);
      // A reply finds its enquiry the way the Office adapter does: In-Reply-To, then conversation.
      const { inReplyTo, conversationId } = this.item;
      return (
        (inReplyTo && register.find((e) => e.internetMessageId === inReplyTo)) ||
        (conversationId && register.find((e) => e.conversationId === conversationId)) ||
        undefined
      );
    });
  }

  startReminder(deadline: Deadline): Promise<TrackedEnquiry> {
    return this.call('startReminder', () => {
      if (this.mode !== 'read') throw new MailboxError('startReminder', 'reminders are started from a received enquiry');
      const record: TrackedEnquiry = {
        itemId: this.item.id,
        subject: this.item.subject,
        from: displayName(this.item.from),
        receivedAt: deadline.receivedAt,
        due: deadline.due,
        dueDate: deadline.dueDate,
        workingDays: deadline.workingDays,
        clause: deadline.clause,
        status: 'open',
        startedAt: this.now().toISOString(),
        reminders: ['calendar', 'category'],
        ...(this.item.conversationId ? { conversationId: this.item.conversationId } : {}),
        ...(this.item.internetMessageId ? { internetMessageId: this.item.internetMessageId } : {}),
      };
      this.writeRegister([...this.readRegister().filter((e) => e.itemId !== record.itemId), record]);
      const categories = new Set(this.item.categories ?? []);
      categories.add(TRACKING_CATEGORY);
      this.item = { ...this.item, categories: [...categories] };
      this.emitContent('tracking');
      return record;
    });
  }

  markReplied(itemId: string): Promise<void> {
    return this.call('markReplied', () => {
      const register = this.readRegister();
      if (!register.some((e) => e.itemId === itemId)) throw new MailboxError('markReplied', `no tracked enquiry ${itemId}`);
      const repliedAt = this.now().toISOString();
      this.writeRegister(register.map((e) => (e.itemId === itemId ? { ...e, status: 'replied' as const, repliedAt } : e)));
    });
  }

  listTracked(): Promise<readonly TrackedEnquiry[]> {
    return this.call('roamingSettings.get', () => this.readRegister());
  }

  draftInterimReply(deadline: Deadline): Promise<void> {
    return this.call('displayReplyForm', () => {
      const reply = interimReply(this.item, deadline, this.options.policy?.timeZone ?? 'Europe/London');
      this.options.onOpenItem?.(reply, 'compose');
    });
  }

  private now(): Date {
    return (this.options.clock ?? (() => new Date()))();
  }

  private emitContent(cause: ChangeCause): void {
    this.contentListeners.forEach((l) => l(this.item, cause));
  }

  private async call<T>(operation: string, work: () => T): Promise<T> {
    const delay = this.options.latencyMs ?? 0;
    if (delay > 0) {
      const start = performance.now();
      await new Promise((resolve) => setTimeout(resolve, delay));
      recordCall(operation, start);
    }
    const failure = this.failures.get(operation) ?? this.failures.get('*');
    if (failure !== undefined) {
      this.failures.delete(operation);
      this.failures.delete('*');
      throw new MailboxError(operation, failure);
    }
    try {
      return work();
    } catch (err) {
      if (err instanceof MailboxError) throw err;
      throw new MailboxError(operation, err instanceof Error ? err.message : String(err));
    }
  }

  private readRegister(): TrackedEnquiry[] {
    const raw = this.options.storage.getItem(REGISTER_KEY);
    if (!raw) return [];
    try {
      const parsed: unknown = JSON.parse(raw);
      return Array.isArray(parsed) ? (parsed as TrackedEnquiry[]) : [];
    } catch {
      return [];
    }
  }

  private writeRegister(register: readonly TrackedEnquiry[]): void {
    this.options.storage.setItem(REGISTER_KEY, JSON.stringify(register));
  }
}

/**
 * Each delayed call is left in the page's User Timing entries ("pg-office:<operation>"), so the
 * latency bench can count how many delays the pane waited for one after another.
 */
function recordCall(operation: string, start: number): void {
  try {
    performance.measure(`pg-office:${operation}`, { start, end: performance.now() });
  } catch {
    // An older runtime without measure options: the bench only loses its delay count.
  }
}

function sameAddress(a: Address, b: Address): boolean {
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  return Boolean(a.name && b.name && a.name.trim().toLowerCase() === b.name.trim().toLowerCase());
}

function without(list: readonly Address[], remove: readonly Address[]): Address[] {
  return list.filter((a) => !remove.some((r) => sameAddress(a, r)));
}

/** Carry out one engine fix on the message, as the Office adapter does on the real item. */
export function applyFixTo(item: SimulatedItem, fix: Fix): SimulatedItem {
  switch (fix.kind) {
    case 'move-bcc-to-cc': {
      const moving = item.bcc.filter((a) => fix.recipients.some((r) => sameAddress(a, r)));
      if (moving.length === 0) throw new MailboxError('applyFix', 'those Bcc recipients are no longer on the message');
      return { ...item, bcc: without(item.bcc, moving), cc: [...without(item.cc, moving), ...moving] };
    }
    case 'remove-recipient': {
      const field: RecipientField = fix.field;
      const before = item[field];
      const after = without(before, [fix.recipient]);
      if (after.length === before.length) throw new MailboxError('applyFix', `${describe(fix.recipient)} is not in ${field.toUpperCase()}`);
      return { ...item, [field]: after };
    }
    case 'insert-notation':
      return { ...item, body: insertAboveQuoted(item.body, fix.text) };
    case 're-sign':
      return { ...item, body: replaceLast(item.body, fix.signOff, fix.replacement, 'the sign-off') };
    case 'replace-phrase':
      return { ...item, body: replaceLast(item.body, fix.phrase, fix.replacement, `"${fix.phrase}"`) };
    case 'delay-delivery':
      return { ...item, deliverAt: fix.until };
  }
}

/** Put a notation at the end of the new text, above any quoted history. */
export function insertAboveQuoted(body: string, notation: string): string {
  const newText = parseThread(body).newText.trimEnd();
  const at = newText ? body.indexOf(newText) : -1;
  if (at < 0) return `${notation}\n\n${body}`;
  const end = at + newText.length;
  return `${body.slice(0, end)}\n\n${notation}${body.slice(end)}`;
}

/** Replace the last occurrence, tolerating different line breaks and spacing between words. */
function replaceLast(body: string, target: string, replacement: string, what: string): string {
  const exact = body.lastIndexOf(target);
  if (exact >= 0) return body.slice(0, exact) + replacement + body.slice(exact + target.length);
  const words = target.trim().split(/\s+/).map(escapeRegExp);
  if (words.length > 0 && words[0]) {
    const pattern = new RegExp(words.join('\\s+'), 'g');
    let last: RegExpExecArray | null = null;
    for (let m = pattern.exec(body); m; m = pattern.exec(body)) last = m;
    if (last) return body.slice(0, last.index) + replacement + body.slice(last.index + last[0].length);
  }
  throw new MailboxError('applyFix', `could not find ${what} in the message`);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function describe(a: Address): string {
  return a.name && a.email ? `${a.name} <${a.email}>` : (a.name ?? a.email ?? 'recipient');
}

function displayName(a: Address | undefined): string {
  return a?.name ?? a?.email ?? 'unknown sender';
}

/** The interim reply: thanks, a clear date for the full answer, and the enquiry quoted below. */
export function interimReply(enquiry: SimulatedItem, deadline: Deadline, timeZone: string): SimulatedItem {
  const me = enquiry.to[0];
  const sender = enquiry.from;
  const by = new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', timeZone }).format(new Date(deadline.due));
  const subject = /^re:/i.test(enquiry.subject) ? enquiry.subject : `RE: ${enquiry.subject}`;
  const quotedHeader = [
    `From: ${sender ? describe(sender) : 'unknown'}`,
    enquiry.receivedAt ? `Sent: ${new Date(enquiry.receivedAt).toUTCString()}` : undefined,
    `To: ${enquiry.to.map(describe).join('; ')}`,
    `Subject: ${enquiry.subject}`,
  ].filter(Boolean);
  const body = [
    `Dear ${sender?.name ?? 'Councillor'},`,
    '',
    `Thank you for your email about "${enquiry.subject}". I am looking into it and will send you a full reply by ${by}.`,
    '',
    'Kind regards,',
    me?.name ?? '',
    '',
    ...quotedHeader,
    '',
    enquiry.body,
  ].join('\n');
  return {
    id: `${enquiry.id}-interim`,
    from: me,
    to: sender ? [sender] : [],
    cc: [],
    bcc: [],
    subject,
    body,
    composeKind: 'reply',
    ...(enquiry.internetMessageId ? { inReplyTo: enquiry.internetMessageId } : {}),
    ...(enquiry.conversationId ? { conversationId: enquiry.conversationId } : {}),
  };
}
