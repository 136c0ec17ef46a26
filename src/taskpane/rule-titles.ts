/**
 * Each rule's name as people read it, by its stable id (RULES.md). Kept here rather than read from
 * the engine's rule list so the pane can name findings without loading the rules' code; a unit
 * test (test/taskpane/rule-titles.test.ts) holds this list to the engine's rules, so a rule added,
 * renamed or retitled there fails the test until it is named here too.
 */
export const RULE_TITLES: Readonly<Record<string, string>> = {
  'bcc-use': 'Bcc use',
  'councillor-not-on-original': 'Councillor not on original',
  'obligation-in-councillor-name': 'Obligation in councillor name',
  'confidential-copied': 'Confidential copied',
  'pressure-on-officer': 'Pressure on officer',
  'discourteous-language': 'Discourteous language',
  'officer-criticism-circulated': 'Officer criticism circulated',
  'employment-lobbying': 'Employment lobbying',
  'undeclared-personal-interest': 'Undeclared personal interest',
  'party-political-request': 'Party political request',
  'hidden-circulation': 'Hidden circulation',
  'ward-capacity-unstated': 'Ward capacity unstated',
  'out-of-hours': 'Out of hours',
  'information-parity': 'Information parity',
  'response-deadline': 'Response deadline',
};

/** Words that read wrong when only the first letter of the id is capitalised. */
const WORD_FORMS: ReadonlyMap<string, string> = new Map([
  ['bcc', 'Bcc'],
  ['cc', 'Cc'],
]);

/** A rule's id in words: "councillor-not-on-original" becomes "Councillor not on original". */
export function titleFromId(id: string): string {
  const words = id.split('-').filter(Boolean).map((w) => WORD_FORMS.get(w) ?? w);
  if (words.length === 0) return id;
  const [first, ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

/** The rule's name as people read it; an id this build does not know is shown in words. */
export function ruleTitle(id: string): string {
  return Object.prototype.hasOwnProperty.call(RULE_TITLES, id) ? RULE_TITLES[id] : titleFromId(id);
}
