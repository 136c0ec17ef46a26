import Papa from 'papaparse';
import type { CouncillorEntry } from '../engine/model/policy';

/** Header names committee systems use for each column, compared case- and punctuation-insensitively. */
const COLUMNS = {
  name: ['name', 'fullname', 'councillor', 'councillorname', 'member', 'membername', 'displayname'],
  first: ['firstname', 'forename', 'givenname'],
  last: ['lastname', 'surname', 'familyname'],
  email: ['email', 'emailaddress', 'mail', 'workemail', 'councilemail'],
  ward: ['ward', 'division', 'electoraldivision', 'wardname'],
  roles: ['roles', 'role', 'positions', 'position'],
} as const;

export interface ImportResult {
  readonly councillors: CouncillorEntry[];
  readonly problems: string[];
}

const key = (s: string) => s.toLowerCase().replace(/[^a-z]/g, '');
const TITLE = /^(?:cllr\.?|councillor)\s+/i;

/** Read a member list CSV into directory entries, reporting (not guessing past) bad rows. */
export function parseCouncillorCsv(text: string): ImportResult {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: 'greedy' });
  const problems = parsed.errors.map((e) => `row ${(e.row ?? 0) + 2}: ${e.message}`);
  const headers = parsed.meta.fields ?? [];
  const find = (names: readonly string[]) => headers.find((h) => names.includes(key(h)));
  const col = {
    name: find(COLUMNS.name),
    first: find(COLUMNS.first),
    last: find(COLUMNS.last),
    email: find(COLUMNS.email),
    ward: find(COLUMNS.ward),
    roles: find(COLUMNS.roles),
  };
  if (!col.name && !(col.first && col.last)) problems.push(`no name column (looked for: name, first name + surname); found: ${headers.join(', ')}`);
  if (!col.email) problems.push(`no email column; found: ${headers.join(', ')}`);
  if (problems.length && (!col.email || (!col.name && !col.first))) return { councillors: [], problems };

  const councillors: CouncillorEntry[] = [];
  parsed.data.forEach((row, i) => {
    const rawName = col.name ? row[col.name] : `${row[col.first!] ?? ''} ${row[col.last!] ?? ''}`;
    const name = (rawName ?? '').trim().replace(TITLE, '');
    const email = (row[col.email!] ?? '').trim().toLowerCase();
    if (!name) return problems.push(`row ${i + 2}: no name`);
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(email)) return problems.push(`row ${i + 2}: "${email}" is not an email address`);
    const roles = col.roles ? (row[col.roles] ?? '').split(/[;,|]/).map(normaliseRole).filter(Boolean) : [];
    const ward = col.ward ? (row[col.ward] ?? '').trim() : '';
    councillors.push({ name, email, ...(roles.length ? { roles } : {}), ...(ward ? { ward } : {}) });
  });
  return { councillors, problems };
}

/** "Deputy Leader" → "deputy-leader", so roles match the names rules give meaning to. */
function normaliseRole(role: string): string {
  return role.trim().toLowerCase().replace(/\s+/g, '-');
}

/** Merge imported entries into an existing directory: same address updates, new addresses append. */
export function mergeDirectory(existing: readonly CouncillorEntry[], imported: readonly CouncillorEntry[]): { merged: CouncillorEntry[]; added: number; updated: number } {
  const merged = [...existing];
  let added = 0;
  let updated = 0;
  for (const entry of imported) {
    const i = merged.findIndex((c) => c.email?.toLowerCase() === entry.email);
    if (i >= 0) {
      merged[i] = { ...merged[i], ...entry, aliases: merged[i].aliases };
      if (!merged[i].aliases) delete (merged[i] as { aliases?: unknown }).aliases;
      updated++;
    } else {
      merged.push(entry);
      added++;
    }
  }
  return { merged, added, updated };
}
