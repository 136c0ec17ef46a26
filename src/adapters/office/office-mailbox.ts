/// <reference types="office-js" />
import type { Deadline, Draft, Fix, PolicyFile } from '../../engine';
import { MailboxError, type LaunchContext, type MailboxMode, type MailboxPort, type TrackedEnquiry } from '../mailbox/port';
import { applyFixToItem } from './apply-fix';
import { currentItem, isComposeItem, mailbox, officeGlobal, supportsMailbox, type OfficeItem } from './host';
import { callAsync, createLimiter, type Limiter } from './office-async';
import { loadPanePolicy } from './policy-fetch';
import { cachedPolicy, embeddedPolicy } from './policy-cache';
import type { PolicySource } from '../policy';
import { readComposeDraft, readReceivedDraft, type DraftSnapshot } from './read-draft';
import { interimReplyHtml, reminderBody, reminderSubject } from './reply-text';
import {
  findForReply,
  newer,
  readItemRecord,
  readRegister,
  sortTracked,
  tryAddCategory,
  tryRemoveCategory,
  upsertRegister,
  writeItemRecord,
} from './tracking';

const DEFAULT_TIME_ZONE = 'Europe/London';
/** The calendar reminder is a half-hour slot that ends when the reply is due. */
const REMINDER_SLOT_MS = 30 * 60_000;

/** MailboxPort over Office.js: the task pane's view of the open draft or the selected message. */
export class OfficeMailbox implements MailboxPort {
  readonly mode: MailboxMode;
  private readonly limit: Limiter;
  private policy: PolicyFile | undefined;
  private source: PolicySource | undefined;
  private last: DraftSnapshot | undefined;

  constructor(options: { readonly limit?: Limiter } = {}) {
    this.limit = options.limit ?? createLimiter(3);
    this.mode = isComposeItem(currentItem()) ? 'compose' : 'read';
  }

  private item(operation: string): OfficeItem {
    const item = currentItem();
    if (!item) throw new MailboxError(operation, 'no message is selected');
    return item;
  }

  async readDraft(): Promise<Draft> {
    const item = this.item('readDraft');
    this.last = this.mode === 'compose' ? await readComposeDraft(item, this.limit) : await readReceivedDraft(item, this.limit);
    return this.last.draft;
  }

  async applyFix(fix: Fix): Promise<void> {
    if (this.mode !== 'compose') throw new MailboxError('applyFix', 'fixes apply only while writing a message');
    await applyFixToItem(this.item('applyFix'), fix, this.limit);
  }

  onItemChanged(listener: () => void): () => void {
    const office = officeGlobal();
    if (!office) return () => undefined;
    const handler = () => listener();
    if (this.mode === 'compose') {
      const item = currentItem();
      const type = office.EventType?.RecipientsChanged ?? ('olkRecipientsChanged' as unknown as Office.EventType);
      if (!item || typeof item.addHandlerAsync !== 'function') return () => undefined;
      item.addHandlerAsync(type, handler);
      return () => item.removeHandlerAsync(type);
    }
    // A pinned read pane follows the selection: the mailbox fires ItemChanged and swaps `item`.
    const box = mailbox();
    const type = office.EventType?.ItemChanged ?? ('olkItemSelectedChanged' as unknown as Office.EventType);
    if (typeof box.addHandlerAsync !== 'function') return () => undefined;
    box.addHandlerAsync(type, handler);
    return () => box.removeHandlerAsync(type);
  }

  async loadPolicy(): Promise<PolicyFile | undefined> {
    const loaded = await loadPanePolicy();
    this.source = loaded.source;
    this.policy = loaded.file;
    return this.policy;
  }

  /** How the policy in force was obtained (fresh, cached with the reason, or default). */
  policySource(): PolicySource | undefined {
    return this.source;
  }

  private timeZone(): string {
    return this.policy?.timeZone ?? DEFAULT_TIME_ZONE;
  }

  private async snapshot(): Promise<DraftSnapshot> {
    if (!this.last) await this.readDraft();
    return this.last as DraftSnapshot;
  }

  async getTracking(): Promise<TrackedEnquiry | undefined> {
    const item = currentItem();
    if (!item) return undefined;
    if (this.mode === 'compose') {
      const snap = await this.snapshot();
      return findForReply(readRegister(), snap.conversationId, snap.draft.inReplyTo);
    }
    const itemId = item.itemId;
    const fromItem = await readItemRecord(item, this.limit);
    const fromRegister = itemId ? readRegister().find((r) => r.itemId === itemId) : undefined;
    return newer(fromItem, fromRegister);
  }

  async startReminder(deadline: Deadline): Promise<TrackedEnquiry> {
    if (this.mode !== 'read') throw new MailboxError('startReminder', 'reminders are started from a received message');
    const item = this.item('startReminder');
    const snap = await this.snapshot();
    const itemId = item.itemId ?? snap.itemId;
    if (!itemId) throw new MailboxError('startReminder', 'Outlook gave no id for this message');
    const from = snap.draft.from?.name ?? snap.draft.from?.email ?? '';
    const reminders: TrackedEnquiry['reminders'][number][] = [];
    const notes: string[] = [];
    const base: TrackedEnquiry = {
      itemId,
      subject: snap.draft.subject,
      from,
      receivedAt: deadline.receivedAt,
      due: deadline.due,
      dueDate: deadline.dueDate,
      workingDays: deadline.workingDays,
      clause: deadline.clause,
      status: 'open',
      startedAt: new Date().toISOString(),
      reminders,
      ...(snap.conversationId ? { conversationId: snap.conversationId } : {}),
      ...(snap.internetMessageId ? { internetMessageId: snap.internetMessageId } : {}),
    };
    const category = await tryAddCategory(item, this.limit);
    if (category.added) reminders.push('category');
    else if (category.note) notes.push(category.note);
    const calendar = this.openCalendarReminder(base);
    if (calendar === true) reminders.push('calendar');
    else notes.push(calendar);
    const graph = this.graphSettings();
    if (graph) {
      try {
        // Loaded on demand: MSAL reaches neither the pane's first bundle nor the Send check.
        const { flagForFollowUp } = await import('./graph-flag');
        await flagForFollowUp(graph, itemId, new Date(), new Date(deadline.due));
        reminders.push('flag');
      } catch (err) {
        // The record and the Outlook reminders stand without the flag; the note says why.
        notes.push(`The follow-up flag was not set (${err instanceof Error ? err.message : String(err)}).`);
      }
    }
    const record: TrackedEnquiry = { ...base, reminders: [...reminders] };
    await this.persist(item, record);
    return notes.length ? { ...record, notes } : record;
  }

  /** The Entra app named by the policy in force (loaded, else cached, else built in), if any. */
  private graphSettings(): { readonly clientId: string; readonly authority?: string } | undefined {
    const file = this.policy ?? cachedPolicy() ?? embeddedPolicy();
    return file?.graph?.clientId ? file.graph : undefined;
  }

  /** Both stores are written; the record is lost only when both fail. */
  private async persist(item: OfficeItem | undefined, record: TrackedEnquiry): Promise<void> {
    const writes = [upsertRegister(record)];
    if (item && item.itemId === record.itemId) writes.push(writeItemRecord(item, record, this.limit));
    const errors = await Promise.all(writes.map((w) => w.then(() => undefined, (err: unknown) => err)));
    if (errors.every((e) => e !== undefined)) {
      const first = errors[0];
      throw first instanceof MailboxError ? first : new MailboxError('saveTracking', first instanceof Error ? first.message : String(first));
    }
  }

  /**
   * Opens Outlook's own appointment form at the due time; the user saves it, Outlook reminds.
   * Returns true, or a note saying why the form could not be opened.
   */
  private openCalendarReminder(record: TrackedEnquiry): true | string {
    try {
      const due = new Date(record.due);
      const input = { subject: record.subject, from: record.from, due: record.due, workingDays: record.workingDays, clause: record.clause, timeZone: this.timeZone() };
      mailbox().displayNewAppointmentForm({
        requiredAttendees: [],
        optionalAttendees: [],
        resources: [],
        location: '',
        start: new Date(due.getTime() - REMINDER_SLOT_MS),
        end: due,
        subject: reminderSubject(input),
        body: reminderBody(input),
      });
      return true;
    } catch (err) {
      return `Outlook did not open the calendar reminder (${err instanceof Error ? err.message : String(err)}).`;
    }
  }

  async markReplied(itemId: string): Promise<void> {
    const register = readRegister();
    const item = currentItem();
    const onItem = this.mode === 'read' && item && item.itemId === itemId ? await readItemRecord(item, this.limit) : undefined;
    const existing = newer(register.find((r) => r.itemId === itemId), onItem);
    if (!existing) throw new MailboxError('markReplied', 'that enquiry is not being tracked');
    const now = new Date();
    const record: TrackedEnquiry = { ...existing, status: 'replied', repliedAt: now.toISOString() };
    await this.persist(this.mode === 'read' ? item : undefined, record);
    if (this.mode === 'read' && item && item.itemId === itemId && existing.reminders.includes('category')) {
      await tryRemoveCategory(item, this.limit);
    }
    const graph = this.graphSettings();
    if (graph && existing.reminders.includes('flag')) {
      try {
        const { completeFlag } = await import('./graph-flag');
        await completeFlag(graph, itemId, now);
      } catch (err) {
        console.warn('Protocol Guard: follow-up flag not completed:', err instanceof Error ? err.message : err);
      }
    }
  }

  async listTracked(): Promise<readonly TrackedEnquiry[]> {
    return sortTracked(readRegister());
  }

  async draftInterimReply(deadline: Deadline): Promise<void> {
    if (this.mode !== 'read') throw new MailboxError('displayReplyForm', 'an interim reply starts from the received message');
    const item = this.item('displayReplyForm');
    const snap = await this.snapshot();
    let senderName: string | undefined;
    try {
      senderName = mailbox().userProfile?.displayName || undefined;
    } catch {
      senderName = undefined;
    }
    const htmlBody = interimReplyHtml({
      recipientName: snap.draft.from?.name,
      senderName,
      receivedAt: deadline.receivedAt,
      due: deadline.due,
      timeZone: this.timeZone(),
    });
    try {
      item.displayReplyForm({ htmlBody });
    } catch (err) {
      throw new MailboxError('displayReplyForm', err instanceof Error ? err.message : String(err));
    }
  }

  /**
   * The contextData Smart Alerts' Review button handed over (Mailbox 1.8
   * getInitializationContextAsync). Opened from the ribbon there is none: undefined, never an error.
   */
  async launchContext(): Promise<LaunchContext | undefined> {
    const item = currentItem();
    if (!item || this.mode !== 'compose' || !supportsMailbox('1.8') || typeof item.getInitializationContextAsync !== 'function') return undefined;
    const raw = await this.limit(() => callAsync<string>('getInitializationContextAsync', (cb) => item.getInitializationContextAsync(cb))).catch(() => undefined);
    return parseLaunchContext(raw);
  }

  /** For the pane's error state: which optional features this client offers. */
  static features(): { readonly delayDelivery: boolean; readonly sessionData: boolean; readonly sendModeOverride: boolean } {
    return { delayDelivery: supportsMailbox('1.13'), sessionData: supportsMailbox('1.11'), sendModeOverride: supportsMailbox('1.14') };
  }
}

/** The Review button's contextData, if it is ours and well formed. */
export function parseLaunchContext(raw: unknown): LaunchContext | undefined {
  let data: unknown = raw;
  if (typeof raw === 'string') {
    try {
      data = JSON.parse(raw);
    } catch {
      return undefined;
    }
  }
  const d = data as { source?: unknown; rules?: unknown } | null | undefined;
  if (!d || d.source !== 'smart-alerts' || !Array.isArray(d.rules)) return undefined;
  return { source: 'smart-alerts', rules: d.rules.filter((r): r is string => typeof r === 'string') };
}

/** Resolve when Office.js is ready, with a port for the open item; rejects outside Outlook. */
export function createOfficeMailbox(timeoutMs?: number): Promise<MailboxPort> {
  return officeMailboxReady(timeoutMs);
}

export function officeMailboxReady(timeoutMs = 10_000): Promise<MailboxPort> {
  return new Promise<MailboxPort>((resolve, reject) => {
    const office = officeGlobal();
    if (!office || typeof office.onReady !== 'function') {
      reject(new MailboxError('Office.onReady', 'Office.js is not loaded: open Protocol Guard from Outlook'));
      return;
    }
    const timer = setTimeout(() => reject(new MailboxError('Office.onReady', 'Outlook did not start the add-in in time')), timeoutMs);
    office.onReady((info) => {
      clearTimeout(timer);
      if (info && info.host && String(info.host) !== 'Outlook') {
        reject(new MailboxError('Office.onReady', `Protocol Guard runs in Outlook, not ${info.host}`));
        return;
      }
      try {
        resolve(new OfficeMailbox());
      } catch (err) {
        reject(new MailboxError('Office.onReady', err instanceof Error ? err.message : String(err)));
      }
    });
  });
}

