/// <reference types="office-js" />
import type { Address } from '../../engine';

/** Office's recipient record → the engine's Address (empty parts dropped). */
export function toAddress(details: Partial<Office.EmailAddressDetails> | undefined | null): Address | undefined {
  if (!details) return undefined;
  const email = (details.emailAddress ?? '').trim();
  const name = (details.displayName ?? '').trim();
  if (!email && !name) return undefined;
  return { ...(name && name !== email ? { name } : {}), ...(email ? { email } : {}) };
}

export function toAddresses(list: readonly Partial<Office.EmailAddressDetails>[] | undefined | null): Address[] {
  const out: Address[] = [];
  for (const d of list ?? []) {
    const a = toAddress(d);
    if (a) out.push(a);
  }
  return out;
}

/** Same mailbox: by address when both have one (case-insensitive), else by display name. */
export function sameAddress(a: Address, b: Address): boolean {
  if (a.email && b.email) return a.email.toLowerCase() === b.email.toLowerCase();
  return Boolean(a.name && b.name && a.name.trim().toLowerCase() === b.name.trim().toLowerCase());
}

/** The shape Office's recipients.setAsync / addAsync accept. */
export function toEmailUser(a: Address): Office.EmailUser {
  return { displayName: a.name ?? a.email ?? '', emailAddress: a.email ?? '' };
}

export function detailsToEmailUser(d: Office.EmailAddressDetails): Office.EmailUser {
  return { displayName: d.displayName, emailAddress: d.emailAddress };
}
