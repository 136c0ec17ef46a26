import { DEADLINE_RULE, RULES } from '../engine';

/** Words that read wrong when only the first letter of the id is capitalised. */
const WORD_FORMS: Readonly<Record<string, string>> = { bcc: 'Bcc', cc: 'Cc' };

/**
 * The rule's name as people read it. Taken from the rule's metadata: its own `title` when a rule
 * file declares one, otherwise its stable id in words ("councillor-not-on-original" becomes
 * "Councillor not on original").
 */
export function ruleTitle(id: string): string {
  const rule = [...RULES, DEADLINE_RULE].find((r) => r.id === id) as { title?: unknown } | undefined;
  if (rule && typeof rule.title === 'string' && rule.title.trim()) return rule.title;
  const words = id.split('-').filter(Boolean).map((w) => WORD_FORMS[w] ?? w);
  if (words.length === 0) return id;
  const [first, ...rest] = words;
  return [first.charAt(0).toUpperCase() + first.slice(1), ...rest].join(' ');
}

/** The rule's one-line purpose from its metadata, for a tooltip-free description. */
export function ruleSummary(id: string): string | undefined {
  return [...RULES, DEADLINE_RULE].find((r) => r.id === id)?.summary;
}
