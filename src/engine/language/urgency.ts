import lexicon from './lexicon/urgency.json';
import { mainBody } from './main-body';
import { phraseRegExp } from './phrases';
import { LETTER } from './unicode-classes';

const NEGATORS: ReadonlySet<string> = new Set(lexicon.negators);
const NOT_URGENT = phraseRegExp(lexicon.notUrgentCompounds, 'gi');

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Word forms of one term, so "urgent" also finds "urgently" and "urgency", "emergency" finds
 * "emergencies" and "safeguarding" finds "safeguard(s/ed)". Only the last word of a phrase inflects.
 */
export function inflections(term: string): string[] {
  const words = term.trim().toLowerCase().split(/\s+/);
  const last = words.pop() ?? '';
  const forms = new Set([last, `${last}s`, `${last}es`, `${last}ly`, `${last}ed`, `${last}ing`]);
  if (last.endsWith('ing') && last.length > 5) {
    const base = last.slice(0, -3);
    for (const f of [base, `${base}s`, `${base}ed`, `${base}e`, `${base}es`]) forms.add(f);
  }
  if (/[ae]nt$/.test(last)) {
    const base = last.slice(0, -1);
    for (const f of [`${base}cy`, `${base}cies`, `${base}ce`]) forms.add(f);
  }
  if (/[^aeiou]y$/.test(last)) forms.add(`${last.slice(0, -1)}ies`);
  const prefix = words.length ? `${words.join(' ')} ` : '';
  return [...forms].map((f) => prefix + f);
}

const matchers = new Map<string, RegExp>();
const LETTER_BEFORE = new RegExp(`[${LETTER}]$`, 'u');

function matcherFor(terms: readonly string[]): RegExp {
  const key = terms.join('\u0000');
  let re = matchers.get(key);
  if (!re) {
    const forms = terms.filter((t) => t.trim()).flatMap(inflections).sort((a, b) => b.length - a.length);
    const source = forms.map((f) => escapeRegExp(f).replace(/\s+/g, '\\s+')).join('|');
    re = new RegExp(`(?:${source || '(?!)'})(?![${LETTER}])`, 'giu');
    matchers.set(key, re);
  }
  return re;
}

/** Whether one of the few words just before a match negates it: "not urgent", "non-urgent", "no real urgency". */
function negated(before: string): boolean {
  // A single line break is only wrapping ("This is not\nurgent"); a blank line ends the clause.
  const clause = before.split(/[.!?;:]|\n\s*\n/).pop() ?? '';
  const words = clause.toLowerCase().replace(/[‘’]/g, "'").match(/[a-z']+/g) ?? [];
  return words.slice(-lexicon.negationWindow).some((w) => NEGATORS.has(w) || w.endsWith("n't"));
}

/**
 * The first urgent term (policy.urgentTerms, with inflections) the writer uses in the new text
 * and does not negate, or undefined. Sign-offs and footers are not read, and names such as
 * "emergency planning" do not count.
 */
export function findUrgentTerm(newText: string, terms: readonly string[]): string | undefined {
  if (terms.length === 0) return undefined;
  const text = mainBody(newText).replace(NOT_URGENT, (m) => ' '.repeat(m.length));
  const re = matcherFor(terms);
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    // A term starts a word: not after a letter (what a lookbehind would say; ES2016 has none).
    if (LETTER_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (!negated(text.slice(Math.max(0, m.index - 80), m.index))) return m[0];
  }
  return undefined;
}
