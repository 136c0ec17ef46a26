/// <reference types="office-js" />
import type { TrackedEnquiry } from '../mailbox/port';
import { callAsync, type Limiter } from './office-async';
import { officeGlobal, supportsMailbox, type OfficeItem } from './host';

/**
 * Where tracked enquiries live, so a reminder survives a reload and follows the user to another
 * device: the item's own custom properties (the record for that message) and a register of every
 * tracked enquiry in the mailbox's roaming settings (the list the pane shows).
 */
export const TRACKING_PROPERTY = 'pg.tracking';
export const REGISTER_SETTING = 'pg.enquiries';
/** Applied where the mailbox already has a category of this name (see docs/addin.md). */
export const TRACKING_CATEGORY = 'Protocol Guard';

/** Roaming settings hold 32 KB for the whole add-in: keep the register small. */
const MAX_RECORDS = 60;
const KEEP_REPLIED_DAYS = 30;
const MAX_SUBJECT = 120;

export function parseRecord(value: unknown): TrackedEnquiry | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    const r = JSON.parse(value) as TrackedEnquiry;
    return r && typeof r.itemId === 'string' && typeof r.due === 'string' ? r : undefined;
  } catch {
    return undefined;
  }
}

/** What is stored: the subject cut short, and the one-off notes left out. */
export function compact(record: TrackedEnquiry): TrackedEnquiry {
  const { notes: _notes, ...stored } = record;
  return { ...stored, subject: record.subject.slice(0, MAX_SUBJECT) };
}

/** The record saved on the item itself, if any. */
export async function readItemRecord(item: OfficeItem, limit: Limiter): Promise<TrackedEnquiry | undefined> {
  const props = await limit(() => callAsync<Office.CustomProperties>('loadCustomPropertiesAsync', (cb) => item.loadCustomPropertiesAsync(cb)));
  return parseRecord(props.get(TRACKING_PROPERTY));
}

export async function writeItemRecord(item: OfficeItem, record: TrackedEnquiry, limit: Limiter): Promise<void> {
  await limit(async () => {
    const props = await callAsync<Office.CustomProperties>('loadCustomPropertiesAsync', (cb) => item.loadCustomPropertiesAsync(cb));
    props.set(TRACKING_PROPERTY, JSON.stringify(compact(record)));
    await callAsync<void>('customProperties.saveAsync', (cb) => props.saveAsync(cb));
  });
}

function settings(): Office.RoamingSettings {
  const s = officeGlobal()?.context?.roamingSettings;
  if (!s) throw new Error('roaming settings are not available');
  return s;
}

export function readRegister(): TrackedEnquiry[] {
  const raw: unknown = settings().get(REGISTER_SETTING);
  if (typeof raw !== 'string' || !raw) return [];
  try {
    const list = JSON.parse(raw) as unknown;
    return Array.isArray(list) ? list.filter((r): r is TrackedEnquiry => Boolean(r && typeof r.itemId === 'string' && typeof r.due === 'string')) : [];
  } catch {
    return [];
  }
}

/** Keep open enquiries; drop replied ones after a month, oldest first when over the cap. */
export function pruneRegister(list: readonly TrackedEnquiry[], now: Date): TrackedEnquiry[] {
  const cutoff = now.getTime() - KEEP_REPLIED_DAYS * 86_400_000;
  const kept = list.filter((r) => r.status === 'open' || Date.parse(r.repliedAt ?? r.startedAt) >= cutoff);
  if (kept.length <= MAX_RECORDS) return kept;
  const open = kept.filter((r) => r.status === 'open');
  const replied = kept
    .filter((r) => r.status !== 'open')
    .sort((a, b) => Date.parse(b.repliedAt ?? b.startedAt) - Date.parse(a.repliedAt ?? a.startedAt));
  return [...open, ...replied].slice(0, Math.max(MAX_RECORDS, open.length));
}

export async function saveRegister(list: readonly TrackedEnquiry[], now = new Date()): Promise<void> {
  const s = settings();
  s.set(REGISTER_SETTING, JSON.stringify(pruneRegister(list, now).map(compact)));
  await callAsync<void>('roamingSettings.saveAsync', (cb) => s.saveAsync(cb));
}

export async function upsertRegister(record: TrackedEnquiry): Promise<void> {
  const list = readRegister().filter((r) => r.itemId !== record.itemId);
  list.push(record);
  await saveRegister(list);
}

/** The later of two views of the same enquiry (a replied record wins over an open one). */
export function newer(a: TrackedEnquiry | undefined, b: TrackedEnquiry | undefined): TrackedEnquiry | undefined {
  if (!a) return b;
  if (!b) return a;
  if (a.status !== b.status) return a.status === 'replied' ? a : b;
  return Date.parse(a.startedAt) >= Date.parse(b.startedAt) ? a : b;
}

/** Open enquiries by due date (overdue first), then replied ones, most recent first. */
export function sortTracked(list: readonly TrackedEnquiry[]): TrackedEnquiry[] {
  const open = list.filter((r) => r.status === 'open').sort((a, b) => Date.parse(a.due) - Date.parse(b.due));
  const replied = list
    .filter((r) => r.status !== 'open')
    .sort((a, b) => Date.parse(b.repliedAt ?? b.startedAt) - Date.parse(a.repliedAt ?? a.startedAt));
  return [...open, ...replied];
}

/**
 * The tracked enquiry a reply answers: same conversation, or In-Reply-To naming its Message-ID.
 * Open enquiries win over replied ones.
 */
export function findForReply(list: readonly TrackedEnquiry[], conversationId: string | undefined, inReplyTo: string | undefined): TrackedEnquiry | undefined {
  const bare = inReplyTo?.replace(/^<|>$/g, '').toLowerCase();
  const matches = list.filter(
    (r) => (conversationId && r.conversationId === conversationId) || (bare && r.internetMessageId?.toLowerCase() === bare),
  );
  return matches.find((r) => r.status === 'open') ?? matches[0];
}

export interface CategoryResult {
  readonly added: boolean;
  /** Why not, in words for the pane, when it was not added. */
  readonly note?: string;
}

/**
 * Apply the category where the mailbox allows it (feature-detected: Mailbox 1.8 and the
 * `categories` object). Office only applies categories already in the mailbox's master list, and
 * adding to that list needs ReadWriteMailbox, which this add-in does not ask for; so a mailbox
 * without the category, or a client that refuses, gets none, and a note says why. Never throws.
 */
export async function tryAddCategory(item: OfficeItem, limit: Limiter): Promise<CategoryResult> {
  const categories = (item as unknown as { categories?: Office.Categories }).categories;
  if (!supportsMailbox('1.8') || !categories || typeof categories.addAsync !== 'function') {
    return { added: false, note: 'This version of Outlook does not let add-ins set categories, so no category was added.' };
  }
  try {
    await limit(() => callAsync<void>('categories.addAsync', (cb) => categories.addAsync([TRACKING_CATEGORY], cb)));
    return { added: true };
  } catch (err) {
    const detail = err instanceof Error ? err.message : String(err);
    return {
      added: false,
      note: `The "${TRACKING_CATEGORY}" category was not added (${detail}). Create a category with that name in Outlook to have tracked enquiries marked.`,
    };
  }
}

export async function tryRemoveCategory(item: OfficeItem, limit: Limiter): Promise<void> {
  const categories = (item as unknown as { categories?: Office.Categories }).categories;
  if (!categories || typeof categories.removeAsync !== 'function') return;
  await limit(() => callAsync<void>('categories.removeAsync', (cb) => categories.removeAsync([TRACKING_CATEGORY], cb))).catch(() => undefined);
}
