/** Titles and markers that say "councillor" but are not part of the person's name. */
const TITLE_WORDS = new Set(['cllr', 'councillor', 'cl', 'mr', 'mrs', 'ms', 'miss', 'dr', 'mx', 'sir', 'dame', 'rev', 'the']);

/**
 * Reduce a display name to "first last" in lower case so "Smith, Jane (Cllr)", "Cllr Jane Smith"
 * and "jane smith" compare equal. Outlook's surname-first form has exactly one comma.
 */
export function normaliseName(raw: string): string {
  let name = raw.replace(/["']/g, '').replace(/\([^)]*\)/g, ' ').trim();
  const parts = name.split(',');
  if (parts.length === 2 && parts[0].trim() && parts[1].trim()) name = `${parts[1]} ${parts[0]}`;
  const words = name
    .toLowerCase()
    .replace(/[^\p{L}\p{N}\s-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !TITLE_WORDS.has(w));
  return words.join(' ');
}

/** The display name carries a councillor's title: starts with Cllr/Councillor or ends with (Cllr)/(Councillor). */
export function hasCouncillorTitle(raw: string): boolean {
  const name = raw.replace(/["']/g, '').trim();
  return /^(cllr|councillor)\.?\s/i.test(name) || /\((cllr|councillor)\)\s*$/i.test(name);
}
