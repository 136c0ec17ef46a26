import { NOTATION_LEXICON as L } from './lexicon/notation';
import { parse } from './nlp';
import { alternation, extraTermsRegExp, flattenSpace, phraseRegExp, unwrapLines } from './phrases';
import { splitSentences } from './sentences';

/** A statement in the text that the writer has copied someone in, with the names it mentions. */
export interface CopyNotation {
  /** The sentence or line that makes the statement. */
  readonly text: string;
  /**
   * Names as written, titles kept ("Cllr Brown", "Councillor Jane Doyle", "Alice Brown").
   * A plural title is spread over its list: "Councillors Brown and Cole" gives "Cllr Brown", "Cllr Cole".
   * Empty when the statement names nobody ("I have copied him in").
   */
  readonly names: readonly string[];
}

const DONE = alternation(L.doneVerbs);
const ONGOING = alternation(L.ongoingVerbs);
const PRESENT = alternation(L.presentVerbs);
const SOFT = `(?:(?:${alternation(L.softeners)})\\s+)*`;
const AUX_ATTACHED = alternation(L.writerAuxiliaries.filter((a) => /^['’]/.test(a)));
const AUX_WORD = alternation(L.writerAuxiliaries.filter((a) => /^\w/.test(a)));

/** Cheap test run before anything else: does the text use any copy word at all? */
const PREFILTER = phraseRegExp([...L.doneVerbs, ...L.ongoingVerbs, ...L.labels, ...L.colonLabels, ...L.passiveVerbs, ...L.shorthandVerbs]);

/** "I have copied in", "we've cc'd", "I am copying", "I have also included". */
const WRITER_PERFECT = new RegExp(`\\b(?:i|we)(?:\\s*${AUX_ATTACHED}|\\s+${AUX_WORD})\\s+${SOFT}(?:${DONE}|${ONGOING})\\b`, 'i');
/** "I copied", "I also cc'd", "I copy in" (no auxiliary: a modal such as "I will copy" never matches). */
const WRITER_SIMPLE = new RegExp(`\\b(?:i|we)\\s+${SOFT}(?:${DONE}|${PRESENT})\\b`, 'i');
/** "Copying Sam as the site is on his ward boundary." — the writer is implicit. */
const OPENING = new RegExp(`^(?:(?:and|also|just|i\\s+am|i['’]m)\\s+)?(?:${alternation(L.openingVerbs)})\\b`, 'i');
/** "cc Cllr Brown", "Copied to: Cllr Brown", "Copy: Councillor Cole". */
const LABEL = new RegExp(`^(?:(?:${alternation(L.labels)})\\s*[:.\\-–—]?|(?:${alternation(L.colonLabels)})\\s*:)\\s*(?=\\S)`, 'i');
/** "Cllr Brown is copied", "Your ward councillors … are copied into this email", "This reply has been copied to …". */
const PASSIVE = new RegExp(`\\b(?:${alternation(L.passiveAuxiliaries)})\\s+${SOFT}(?:${alternation(L.passiveVerbs)})\\b`, 'i');

/** "Cllr Cole copied for information.", "Ward councillors Cllr Brown and Cllr Cole (cc'd)": names, then the participle. */
const SHORTHAND = new RegExp(
  `^(.{3,120}?)\\s*\\(?(?:(?:also|now)\\s+)?(?:${alternation(L.shorthandVerbs)})\\)?(?:\\s+(?:in(?:to)?\\s+)?(?:this|the)\\s+(?:e-?mail|reply|message|response|letter))?\\s*(?:$|[.,;:!\\-–—]|\\s+(?:for|as|because|so|since|given)\\b)`,
  'i',
);
const PAREN_MARKER = new RegExp(`\\(\\s*(?:(?:also|now)\\s+)?(?:${alternation(L.shorthandVerbs)})(?:\\s+in)?\\s*\\)`, 'i');
const SUBJECT_WORD = new RegExp(`\\b${alternation(L.subjectWords)}\\b`, 'i');
const LABEL_STOP = new RegExp(`^(\\s*${alternation(L.labels)})\\.(?=\\s)`, 'gim');
const WRITER_AS_SUBJECT = /\b(?:i|we|me|us)\s*$/i;
const BY_AGENT = /\s+by\s.*$/i;
const HYPOTHETICAL = new RegExp(`\\b${alternation(L.hypothetical)}\\b`, 'i');
const LIST_JOIN = new RegExp(`\\b${alternation(L.listJoins)}\\b`, 'gi');
const CLAUSE_BREAK = new RegExp(`;|\\b${alternation(L.clauseBreaks)}\\b`, 'i');

const SINGULAR_TITLE = alternation(L.singularTitles);
const PLURAL_TITLE = alternation(L.pluralTitles);
/** A title, then where the name starts. Case-insensitive; the name itself is read case-sensitively. */
const TITLE = new RegExp(`\\b(?:(${PLURAL_TITLE})|${SINGULAR_TITLE})\\.?\\s+`, 'gi');
/** One to three capitalised words or initials: "Brown", "Jane Doyle", "J. Smith", "O'Brien". */
const CAPITALISED_NAME = /\p{Lu}[\p{L}'’-]*\.?(?:\s+\p{Lu}[\p{L}'’-]*\.?){0,2}/uy;
/** The same for a text written in lower case after a lower-case title ("cc cllr brown"). */
const LOWER_NAME = /[\p{L}][\p{L}'’-]*(?:\s+[\p{L}][\p{L}'’-]*){0,1}/uy;
/** Between names of a list under a plural title: ", ", " and ", " & ", optionally repeating the title. */
const LIST_SEPARATOR = new RegExp(`\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+|\\s*&\\s*)(?:(?:${SINGULAR_TITLE})\\.?\\s+)?`, 'iy');
/** Two or three capitalised words with no title: "Alan Pryce", "Jane Doyle". */
const UNTITLED_NAME = /(?:^|[^\p{L}'’])(\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]+){1,2})/gu;
const STARTS_WITH_TITLE = new RegExp(`^(?:${PLURAL_TITLE}|${SINGULAR_TITLE})\\b`, 'i');
const NOT_NAME = new Set<string>(L.notNames);

/**
 * Find every statement in the text that the writer has copied someone in and the names it mentions:
 * "I have copied in Councillor Brown", "cc Cllr Brown", "copied to Cllr Brown", "Cllr Brown is
 * copied". Questions, negations ("I have not copied"), hypotheticals ("if you would like me to copy")
 * and reports of what someone else did ("you copied in Cllr Brown") are not notations. Lexical cues
 * pick the candidate sentences; compromise is asked for names only when no capitalised name is found.
 */
export function findCopyNotations(text: string, extraTerms?: readonly string[]): CopyNotation[] {
  const extra = extraTermsRegExp(extraTerms);
  if (!text || (!PREFILTER.test(text) && !extra?.test(text))) return [];
  const out: CopyNotation[] = [];
  // "cc. Cllr Brown": keep the label with its names when sentences are split.
  for (const s of splitSentences(unwrapLines(text).replace(LABEL_STOP, '$1:'))) {
    const own = extra?.exec(s.text);
    if (!PREFILTER.test(s.text) && !own) continue;
    const sentence = flattenSpace(s.text);
    // A council's own notation wording (policy.extraTerms) works like a label: the names follow it.
    const names = notationNames(sentence) ?? (own ? namesIn(flattenSpace(s.text.slice(own.index + own[0].length))) : undefined);
    if (names) out.push({ text: sentence, names });
  }
  return out;
}

/** The names a notation sentence mentions, or undefined when the sentence is not a notation. */
function notationNames(sentence: string): string[] | undefined {
  if (/\?\s*["')\]]?\s*$/.test(sentence)) return undefined;

  const label = LABEL.exec(sentence);
  if (label) return namesIn(sentence.slice(label[0].length));

  for (const re of [WRITER_PERFECT, WRITER_SIMPLE, OPENING]) {
    const m = re.exec(sentence);
    if (!m || HYPOTHETICAL.test(sentence.slice(0, m.index))) continue;
    return namesIn(untilClauseBreak(sentence.slice(m.index + m[0].length)));
  }

  const passive = PASSIVE.exec(sentence);
  if (passive && !HYPOTHETICAL.test(sentence.slice(0, passive.index))) {
    const before = sentence.slice(0, passive.index);
    // "I was copied in by Cllr Brown": the writer was copied, and the agent is not.
    if (WRITER_AS_SUBJECT.test(before)) return undefined;
    const after = untilClauseBreak(sentence.slice(passive.index + passive[0].length).replace(BY_AGENT, ''));
    return unique([...namesIn(before), ...namesIn(after)]);
  }

  const shorthand = SHORTHAND.exec(sentence);
  if (shorthand && !SUBJECT_WORD.test(shorthand[1])) {
    const names = namesIn(shorthand[1]);
    if (names.length) return names;
  }
  // "Cllr Cole (copied) asked about the same site": a bracketed marker right after a name, mid-sentence.
  const paren = PAREN_MARKER.exec(sentence);
  if (paren) {
    const names = namesIn(sentence.slice(Math.max(0, paren.index - 60), paren.index));
    if (names.length) return [names[names.length - 1]];
  }
  return undefined;
}

/** The part of a clause that lists who was copied: stop at "as", "because", "who" … but not "as well as". */
function untilClauseBreak(span: string): string {
  const joined = span.replace(LIST_JOIN, (m) => ' and '.padEnd(m.length, ' '));
  const cut = CLAUSE_BREAK.exec(joined);
  return cut ? span.slice(0, cut.index) : span;
}

function namesIn(span: string): string[] {
  const names = [...titledNames(span)];
  for (const m of span.matchAll(UNTITLED_NAME)) if (!STARTS_WITH_TITLE.test(m[1])) names.push(cleanName(m[1]));
  if (names.length === 0 && /\p{Ll}/u.test(span) && /\p{L}{2,}\s+\p{L}{2,}/u.test(span)) {
    // Lower-case or unusual names the capitalisation rule misses ("i've copied in alice brown").
    names.push(...parse(span).people().out('array').map((n: string) => cleanName(n)));
  }
  return unique(names.filter(Boolean));
}

/** "Cllr Brown", "Councillors Brown and Cole" → each name after a title, written "Cllr <name>". */
function titledNames(span: string): string[] {
  const out: string[] = [];
  TITLE.lastIndex = 0;
  let t: RegExpExecArray | null;
  while ((t = TITLE.exec(span)) !== null) {
    const lowerTitle = t[0] === t[0].toLowerCase();
    let pos = t.index + t[0].length;
    // "ward councillors Cllr Brown and …": the second title introduces the name.
    if (STARTS_WITH_TITLE.test(span.slice(pos))) continue;
    for (;;) {
      const name = nameAt(span, pos, lowerTitle);
      if (!name) break;
      out.push(`Cllr ${name.text}`);
      pos = name.end;
      if (!t[1]) break;
      LIST_SEPARATOR.lastIndex = pos;
      const sep = LIST_SEPARATOR.exec(span);
      if (!sep) break;
      pos += sep[0].length;
    }
    TITLE.lastIndex = Math.max(TITLE.lastIndex, pos);
  }
  return out;
}

function nameAt(span: string, pos: number, allowLower: boolean): { text: string; end: number } | undefined {
  CAPITALISED_NAME.lastIndex = pos;
  const cap = CAPITALISED_NAME.exec(span);
  if (cap) return { text: cleanName(cap[0]), end: pos + cap[0].length };
  if (!allowLower) return undefined;
  LOWER_NAME.lastIndex = pos;
  const lower = LOWER_NAME.exec(span);
  if (!lower) return undefined;
  const words = lower[0].split(/\s+/);
  const kept: string[] = [];
  for (const w of words) {
    if (NOT_NAME.has(w.toLowerCase())) break;
    kept.push(w);
  }
  if (kept.length === 0) return undefined;
  const text = kept.join(' ');
  return { text: cleanName(text), end: pos + text.length };
}

/** Drop a possessive and trailing punctuation: "Brown's" → "Brown". */
function cleanName(raw: string): string {
  return raw.replace(/['’]s$/u, '').replace(/[.,;:]+$/u, '').trim();
}

function unique(xs: readonly string[]): string[] {
  return [...new Set(xs)];
}
