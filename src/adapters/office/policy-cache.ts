/// <reference types="office-js" />
import type { PolicyFile } from '../../engine';
import type { CachedPolicy, PolicyCache } from '../policy/policy-loader';
import { callAsync } from './office-async';
import { officeGlobal } from './host';

/**
 * Where the Smart Alerts check finds the council's policy without a network call or a validator:
 * the copy the task pane validated and left in the mailbox's roaming settings, else the policy
 * embedded at build time, else the product default (undefined).
 */
export const POLICY_SETTING = 'pg.policy';

declare const __PG_EMBEDDED_POLICY__: PolicyFile | null | undefined;

/** The policy baked into this build (`PG_POLICY=council.json npm run build`), if any. */
export function embeddedPolicy(): PolicyFile | undefined {
  const value = typeof __PG_EMBEDDED_POLICY__ === 'undefined' ? undefined : __PG_EMBEDDED_POLICY__;
  return value ?? undefined;
}

function roaming(): Office.RoamingSettings | undefined {
  return officeGlobal()?.context?.roamingSettings ?? undefined;
}

/** The last policy the pane fetched and validated, as stored in roaming settings. */
export function readCachedPolicy(): CachedPolicy | undefined {
  const settings = roaming();
  if (!settings) return undefined;
  const raw: unknown = settings.get(POLICY_SETTING);
  if (typeof raw !== 'string' || !raw) return undefined;
  try {
    const data = JSON.parse(raw) as CachedPolicy;
    return data && data.file && typeof data.file === 'object' ? data : undefined;
  } catch {
    return undefined;
  }
}

export function cachedPolicy(): PolicyFile | undefined {
  return readCachedPolicy()?.file;
}

/**
 * Keep a validated policy for the Smart Alerts runtime. Roaming settings hold 32 KB in all, so a
 * very large policy may not fit; the Send check then falls back to the embedded one.
 */
export async function writeCachedPolicy(entry: CachedPolicy): Promise<void> {
  const settings = roaming();
  if (!settings) return;
  const previous = readCachedPolicy();
  if (previous && previous.url === entry.url && JSON.stringify(previous.file) === JSON.stringify(entry.file)) return;
  settings.set(POLICY_SETTING, JSON.stringify(entry));
  await callAsync<void>('roamingSettings.saveAsync', (cb) => settings.saveAsync(cb));
}

/** The deployed-policy loader's cache, over roaming settings (shared with the Send check). */
export const roamingPolicyCache: PolicyCache = {
  read: async () => readCachedPolicy(),
  write: (entry) => writeCachedPolicy(entry),
};

/** The policy the Send check uses, in order of preference. */
export function sendCheckPolicy(): { readonly file: PolicyFile | undefined; readonly source: 'cached' | 'embedded' | 'default' } {
  const cached = cachedPolicy();
  if (cached) return { file: cached, source: 'cached' };
  const embedded = embeddedPolicy();
  if (embedded) return { file: embedded, source: 'embedded' };
  return { file: undefined, source: 'default' };
}
