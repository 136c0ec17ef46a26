/// <reference types="office-js" />
import type { Address } from '../../engine';
import { toAddresses } from './addresses';
import { callAsync, type Limiter } from './office-async';
import { supportsMailbox, type OfficeItem } from './host';

/**
 * The recipients Outlook filled in when a reply or forward opened, recorded at OnNewMessageCompose.
 * They are kept with the draft itself — in session data (Mailbox 1.11) and, so a draft reopened
 * from the Drafts folder still knows them, in the item's custom properties — never in memory.
 */
export const PREFILLED_KEY = 'pg.prefilled';

interface PrefilledRecord {
  readonly v: 1;
  readonly at: string;
  readonly participants: readonly Address[];
}

/** Read the To/Cc Outlook pre-filled and store them with the draft. Returns what was recorded. */
export async function recordPrefilled(item: OfficeItem, limit: Limiter): Promise<readonly Address[]> {
  const [to, cc] = await Promise.all([
    limit(() => callAsync<Office.EmailAddressDetails[]>('to.getAsync', (cb) => item.to.getAsync(cb))),
    limit(() => callAsync<Office.EmailAddressDetails[]>('cc.getAsync', (cb) => item.cc.getAsync(cb))),
  ]);
  const participants = [...toAddresses(to), ...toAddresses(cc)];
  if (participants.length === 0) return participants;
  const record: PrefilledRecord = { v: 1, at: new Date().toISOString(), participants };
  const json = JSON.stringify(record);
  const writes: Promise<unknown>[] = [];
  if (hasSessionData(item)) {
    writes.push(limit(() => callAsync<void>('sessionData.setAsync', (cb) => item.sessionData.setAsync(PREFILLED_KEY, json, cb))));
  }
  writes.push(
    limit(async () => {
      const props = await callAsync<Office.CustomProperties>('loadCustomPropertiesAsync', (cb) => item.loadCustomPropertiesAsync(cb));
      props.set(PREFILLED_KEY, json);
      await callAsync<void>('customProperties.saveAsync', (cb) => props.saveAsync(cb));
    }),
  );
  // One store succeeding is enough; only when every store fails is the recording lost.
  const errors = await Promise.all(writes.map((w) => w.then(() => undefined, (err: unknown) => err)));
  if (errors.every((e) => e !== undefined)) throw errors[0];
  return participants;
}

/**
 * The recorded pre-filled recipients of this draft, or [] when none were recorded. Session data
 * and custom properties are read together, so the fallback costs no extra round trip; session
 * data wins when both hold a record. A missing session-data key is the normal case for a draft
 * reopened from Drafts, so only a failed custom-properties read is an error.
 */
export async function readPrefilled(item: OfficeItem, limit: Limiter): Promise<readonly Address[]> {
  const session = hasSessionData(item)
    ? limit(() => callAsync<string>('sessionData.getAsync', (cb) => item.sessionData.getAsync(PREFILLED_KEY, cb))).catch(() => '')
    : Promise.resolve('');
  const props = limit(() => callAsync<Office.CustomProperties>('loadCustomPropertiesAsync', (cb) => item.loadCustomPropertiesAsync(cb))).then(
    (loaded) => ({ loaded }),
    (error: unknown) => ({ error }),
  );
  const [value, stored] = await Promise.all([session, props]);
  const fromSession = parseRecord(value);
  if (fromSession) return fromSession.participants;
  if ('error' in stored) throw stored.error;
  return parseRecord(stored.loaded.get(PREFILLED_KEY))?.participants ?? [];
}

function hasSessionData(item: OfficeItem): boolean {
  return supportsMailbox('1.11') && typeof item.sessionData?.getAsync === 'function';
}

function parseRecord(value: unknown): PrefilledRecord | undefined {
  if (typeof value !== 'string' || !value) return undefined;
  try {
    const data = JSON.parse(value) as PrefilledRecord;
    return data && data.v === 1 && Array.isArray(data.participants) ? data : undefined;
  } catch {
    return undefined;
  }
}
