import lexicon from './lexicon/capacity.json';
import { alternation, extraTermsRegExp, flattenSpace, phraseRegExp, unwrapLines } from './phrases';
import { findSignOff, type SignOff } from './sign-off';
import { LETTER, UPPER } from './unicode-classes';

// A plain "councillor" counts after "as your" in the body, never as a bare sign-off line (that is a title).
const BODY_ROLES = [...lexicon.roles.filter((r) => r !== 'ward'), ...lexicon.bodyOnlyRoles];
const ROLE = alternation(BODY_ROLES);
/** "your", "one of the", or a place's possessive ("Eastfield's ward councillor"). */
const DET = `(?:${alternation(lexicon.determiners)}|[${UPPER}][${LETTER}-]*['’]s)`;
const NOT_AFTER_AS = alternation(lexicon.notAfterAs);
const NOT_AFTER_AS_BEFORE = new RegExp(`\\b${NOT_AFTER_AS}\\s$`, 'iu');
/** Up to two words between "as your" and the role ("as your local ward councillor"), but not "as many members". */
const BETWEEN = `(?:(?!${alternation(lexicon.notBetween)}\\b)[${LETTER}'’-]+\\s+){0,2}?`;

/** "as your ward councillor for Eastfield", "I am replying as Leader of the Council", "I'm one of your local councillors". */
const BODY_STATEMENT = new RegExp(
  `(?:\\b(?:in\\s+my\\s+(?:capacity|role)\\s+as)\\s+\\S|\\bas\\s+(?:${DET}\\s+)?${BETWEEN}${ROLE}\\b|\\b(?:I\\s+am|I['’]m)\\s+(?:also\\s+)?(?:${DET}\\s+${BETWEEN})?${ROLE}\\b)`,
  'iu',
);
/** "As the Leader said at Cabinet", "As members will know": someone else's words or knowledge, not the writer's role. */
const REPORTED_AFTER =
  /^[^.?!,]{0,40}?\b(?:said|says|announced|stated|explained|confirmed|noted|mentioned|wrote|pointed\s+out|made\s+clear|put\s+it|know|knows|are\s+aware|will\s+be\s+aware|may\s+recall|will\s+recall|recall|remember|will\s+see|can\s+see)\b/i;
const PERSONAL = phraseRegExp([...lexicon.personal, ...lexicon.statements]);
const SIGNOFF_ROLE = phraseRegExp(lexicon.roles);
/** A leading title and name ("Cllr Jane Smith, …"): the bare title is not a capacity. */
const TITLE_AND_NAME = /^(?:cllr\.?|councillor)\s+(?!for\b|of\b)(?:[\p{Lu}][\p{L}'’.-]*\s*){1,4}[,–—-]?\s*/u;
const SEPARATOR = /^\s*(?:--+|__+|\*\*+|==+|-----\s*original message)/i;
const MAX_ROLE_LINE = 80;
const TRAILING_LINES = 6;

/**
 * Find where a councillor says in what capacity they write: in the body ("as your ward councillor
 * for …", "as Leader of the Council", "in a personal capacity") or in a sign-off line ("Ward
 * Councillor for Northgate", "Cabinet Member for Housing"). The bare title "Cllr" before a name is
 * not a capacity. Returns the statement, or undefined.
 */
export function findCapacityStatement(text: string, extraTerms?: readonly string[]): string | undefined {
  const extra = extraTermsRegExp(extraTerms);
  const flat = flattenSpace(unwrapLines(text));
  const e = extra?.exec(flat);
  if (e) return e[0];
  const p = PERSONAL.exec(flat);
  if (p) return p[0];
  const re = new RegExp(BODY_STATEMENT.source, 'giu');
  let m: RegExpExecArray | null;
  while ((m = re.exec(flat)) !== null) {
    // "as …" right after a word such as "such" is not a capacity (checked here: ES2016 has no lookbehind).
    if (/^as\s/i.test(m[0]) && NOT_AFTER_AS_BEFORE.test(flat.slice(0, m.index))) {
      re.lastIndex = m.index + 1;
      continue;
    }
    if (!REPORTED_AFTER.test(flat.slice(m.index + m[0].length))) return m[0].trim();
  }
  return signOffRole(text);
}

/** A role line among the closing lines, read only down to a signature separator ("--"). */
function signOffRole(text: string): string | undefined {
  const signOff = findSignOff(text);
  // Without a valediction the closing lines are a guess, so they must also read like labels.
  const afterValediction = Boolean(signOff);
  for (const raw of closingLines(text, signOff)) {
    const line = raw.trim();
    // Role lines are short labels, not sentences.
    if (!line || line.length > MAX_ROLE_LINE || /[.?!]$/.test(line) || line.split(/\s+/).length > 10) continue;
    const rest = line.replace(TITLE_AND_NAME, '');
    if (rest && (afterValediction || looksLikeLabel(rest)) && SIGNOFF_ROLE.test(rest)) return line;
  }
  return undefined;
}

const SMALL_WORDS = /^(?:of|for|the|and|&|on|in|at|to|a|an|\||[-–—,])$/i;

/** Role lines are written like labels: most words capitalised ("Cabinet Member for Housing"), unlike body sentences. */
function looksLikeLabel(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => w && !SMALL_WORDS.test(w));
  const capitalised = words.filter((w) => /^[\p{Lu}\d(]/u.test(w)).length;
  return words.length > 0 && capitalised * 2 >= words.length;
}

function closingLines(text: string, signOff: SignOff | undefined): string[] {
  const lines = signOff ? [...signOff.lines] : lastLines(text);
  const cut = lines.findIndex((l) => SEPARATOR.test(l));
  return cut >= 0 ? lines.slice(0, cut) : lines;
}

/** Without a valediction, the last few short lines before any signature separator stand in for a sign-off. */
function lastLines(text: string): string[] {
  const all = text.replace(/\r\n?/g, '\n').split('\n');
  const cut = all.findIndex((l) => SEPARATOR.test(l));
  const body = (cut >= 0 ? all.slice(0, cut) : all).map((l) => l.trim()).filter(Boolean);
  return body.slice(-TRAILING_LINES);
}
