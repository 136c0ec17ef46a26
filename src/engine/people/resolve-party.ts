import wildcardMatch from 'wildcard-match';
import type { Address } from '../model/address';
import type { Party } from '../model/party';
import type { CouncillorEntry, Policy } from '../model/policy';
import { hasCouncillorTitle, normaliseName } from './normalise-name';

export type PartyResolver = (address: Address) => Party;

/**
 * Build the who-is-who resolver for a policy (RULES.md "Who is who", steps 1–6 in order).
 * Indexes are built once per policy so resolving an address is a few map look-ups.
 */
export function createPartyResolver(policy: Policy): PartyResolver {
  const byEmail = new Map<string, CouncillorEntry>();
  const byName = new Map<string, CouncillorEntry>();
  for (const c of policy.councillors) {
    if (c.email) byEmail.set(c.email.toLowerCase(), c);
    for (const alias of c.aliases ?? []) byEmail.set(alias.toLowerCase(), c);
    byName.set(normaliseName(c.name), c);
  }
  const lists = new Set(policy.councillorLists.map((x) => x.toLowerCase()));
  // Address globs: `*` is any run of characters, `?` one character; addresses have no path separator.
  const patterns = policy.councillorAddressPatterns.map((p) => wildcardMatch(p.toLowerCase(), { separator: false }));
  const officerDomains = new Set(policy.officerDomains.map((d) => d.toLowerCase()));
  const records = new Set(policy.recordAddresses.map((x) => x.toLowerCase()));

  const councillorKey = (c: CouncillorEntry) => `councillor:${normaliseName(c.name)}`;

  return (address: Address): Party => {
    const email = address.email?.trim().toLowerCase() || undefined;
    const name = address.name?.trim() || undefined;
    const base = { name, email };

    const entry = (email && byEmail.get(email)) || (!email && name ? byName.get(normaliseName(name)) : undefined);
    if (entry) return { ...base, name: name ?? entry.name, role: 'councillor', councillor: entry, key: councillorKey(entry) };

    const fallbackKey = email ? `email:${email}` : `name:${normaliseName(name ?? '')}`;
    if (email && lists.has(email)) return { ...base, role: 'councillor-list', key: fallbackKey };
    // A records mailbox is the council's own, even when its address fits a councillor pattern ("councillor.casework@…").
    if (email && records.has(email)) return { ...base, role: 'officer', key: fallbackKey };
    if (email && patterns.some((match) => match(email))) return { ...base, role: 'councillor', key: fallbackKey };
    if (policy.detectCouncillorByTitle && name && hasCouncillorTitle(name)) {
      return { ...base, role: 'councillor', key: email ? fallbackKey : `councillor:${normaliseName(name)}` };
    }
    const domain = email?.split('@')[1];
    if (domain && officerDomains.has(domain)) return { ...base, role: 'officer', key: fallbackKey };
    return { ...base, role: 'external', key: fallbackKey };
  };
}
