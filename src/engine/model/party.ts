import type { Address } from './address';
import type { CouncillorEntry } from './policy';

export type PartyRole = 'councillor' | 'councillor-list' | 'officer' | 'external';

/** An address resolved against the policy (RULES.md "Who is who"). */
export interface Party {
  readonly name?: string;
  /** Lower-cased address, when known. */
  readonly email?: string;
  readonly role: PartyRole;
  /** The directory entry, when the party matched one. */
  readonly councillor?: CouncillorEntry;
  /** A stable key for "same person" comparisons: directory entry, else address, else normalised name. */
  readonly key: string;
}

export function isCouncillorLike(p: Party): boolean {
  return p.role === 'councillor' || p.role === 'councillor-list';
}

export function describeParty(p: Party): string {
  if (p.name && p.email) return `${p.name} <${p.email}>`;
  return p.name ?? p.email ?? 'unknown';
}

export function toAddress(p: Party): Address {
  return { name: p.name, email: p.email };
}
