import { RegExpMatcher, englishDataset, englishRecommendedTransformers } from 'obscenity';
import lexicon from './lexicon/courtesy.json';
import { stripBoilerplate } from './boilerplate';
import { allMatches, maskQuoted, matchCase, negatedBefore, sentencesOf } from './clauses';
import { parse } from './nlp';
import { alternation, extraTermsRegExp, flattenSpace, phraseRegExp } from './phrases';

/**
 * Reading the writer's own words for discourtesy (RULES.md `discourteous-language`): profanity,
 * insults aimed at a person or their work, shouting and plain sarcasm. Quoted history is not
 * passed in; words inside quotation marks and words reported as someone else's are not the writer's.
 */

export type CourtesyKind = 'profanity' | 'insult' | 'shouting' | 'sarcasm' | 'council-term';

export interface CourtesyHit {
  readonly kind: CourtesyKind;
  /** The words as written (evidence). */
  readonly phrase: string;
  /** The exact stretch a fix replaces (may include a trailing space so removal leaves clean text). */
  readonly fixPhrase: string;
  /** Neutral wording; empty means "remove it". */
  readonly replacement: string;
  readonly sentence: string;
}

// Profanity: the maintained English list, less words with ordinary meanings in council business
// ("dyke" is a drainage ditch, "tit" a bird, "sex" a licensing category) that would otherwise flag
// legitimate mail.
const EXCLUDED = new Set(lexicon.profanityExclusions.map((w) => w.toLowerCase()));
const dataset = englishDataset.removePhrasesIf((p) => EXCLUDED.has((p.metadata?.originalWord ?? '').toLowerCase()));
const matcher = new RegExpMatcher({ ...dataset.build(), ...englishRecommendedTransformers });
const PROFANITY_EXTRA = phraseRegExp(lexicon.profanityExtra);
const SUFFIX = new RegExp(`^(?:${alternation(lexicon.profanityWordSuffixes)})?$`, 'i');
const PREFIX = new RegExp(`^(?:${alternation(lexicon.profanityWordPrefixes)})?$`, 'i');

const PERSONAL = phraseRegExp(lexicon.personalInsults);
const EVALUATIVE = phraseRegExp(lexicon.evaluativeInsults);
const TARGET = phraseRegExp([...lexicon.personTargets, ...lexicon.workTargets]);
const ATTRIBUTIVE_TARGET = new RegExp(`^\\s+(?:[a-z-]+\\s+)?${alternation([...lexicon.personTargets, ...lexicon.workTargets])}\\b`, 'i');
const INTENSIFIERS = new RegExp(`(?:\\s+(?:${alternation(lexicon.intensifiers)}))*\\s*$`, 'i');
const COPULA_END = new RegExp(`(?:^|\\s)${alternation(lexicon.copulas)}(?:\\s+(?:a|an))?$`, 'i');
const COPULA_SPLIT = new RegExp(`\\s${alternation(lexicon.copulas)}(?:\\s+(?:a|an))?$`, 'i');
const DEMONSTRATIVE = new RegExp(`^${alternation(lexicon.demonstratives)}$`, 'i');
const SELF_BEFORE = new RegExp(`\\b${alternation(lexicon.selfSubjects)}(?:\\s+(?:${alternation(lexicon.intensifiers)}|${alternation(lexicon.copulas)}|so|such|a|an|being))*\\s*$`, 'i');
const REPORTING = phraseRegExp(lexicon.reporting);
const SARCASM = phraseRegExp(lexicon.sarcasm);
/** Scare quotes round the reader's own word: your "apology", your ‘help’. */
const SCARE_QUOTES = /\b(?:[Yy]our|[Hh]is|[Hh]er|[Tt]heir)\s+(?:so-called\s+)?["“‘']([a-z][a-z-]*(?:\s+[a-z-]+)?)["”’']/g;

const FUNCTION_WORDS = new Set(lexicon.shoutFunctionWords);
const SENTENCE_CUES = new Set(lexicon.shoutSentenceCues);
const CAPS_WORD = /^[A-Z][A-Z'’-]*$/;
const REPLACEMENTS = new Map(Object.entries(lexicon.replacements as Record<string, string>));

/** Every discourteous phrase in `text` (the writer's new text). `extraTerms` extend the insult list. */
export function findDiscourtesy(text: string, extraTerms?: readonly string[]): CourtesyHit[] {
  const extra = extraTermsRegExp(extraTerms);
  const body = stripBoilerplate(text);
  const sentences = sentencesOf(body);
  const properWords = titleCaseWords(body);
  const hits: CourtesyHit[] = [];
  for (const { text: raw } of sentences) {
    const masked = maskQuoted(raw);
    hits.push(...profanityIn(raw, masked), ...sarcasmIn(raw, masked), ...insultsIn(raw, masked, extra));
    const shout = shoutingIn(raw, masked, properWords);
    if (shout) hits.push(shout);
  }
  const seen = new Set<string>();
  return hits.filter((h) => {
    const key = `${h.kind}:${h.phrase.toLowerCase()}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function profanityIn(raw: string, masked: string): CourtesyHit[] {
  const hits: CourtesyHit[] = [];
  for (const m of matcher.getAllMatches(masked, true)) {
    const word = wordAround(masked, m.startIndex, m.endIndex + 1);
    const found = masked.slice(m.startIndex, m.endIndex + 1);
    const idx = word.text.toLowerCase().indexOf(found.toLowerCase());
    if (idx < 0) continue;
    const prefix = word.text.slice(0, idx);
    const suffix = word.text.slice(idx + found.length);
    if (!PREFIX.test(prefix) || !SUFFIX.test(suffix)) continue; // "Penistone", "Scunthorpe": part of another word
    if (looksLikeName(masked, word.start, word.text)) continue; // "Dick Turpin", "Twatt Road"
    hits.push(removal('profanity', raw, word.start, word.start + word.text.length));
  }
  for (const m of allMatches(PROFANITY_EXTRA, masked)) {
    if (looksLikeName(masked, m.index, m[0])) continue;
    hits.push(removal('profanity', raw, m.index, m.index + m[0].length));
  }
  return hits;
}

function sarcasmIn(raw: string, masked: string): CourtesyHit[] {
  const hits: CourtesyHit[] = [];
  for (const m of allMatches(SARCASM, masked)) hits.push(removal('sarcasm', raw, m.index, m.index + m[0].length));
  for (const m of allMatches(SCARE_QUOTES, raw)) {
    const inner = m[1];
    const start = m.index + m[0].indexOf(inner) - 1;
    hits.push({ kind: 'sarcasm', phrase: m[0], fixPhrase: raw.slice(start, start + inner.length + 2), replacement: inner, sentence: raw });
  }
  return hits;
}

function insultsIn(raw: string, masked: string, extra: RegExp | undefined): CourtesyHit[] {
  const hits: CourtesyHit[] = [];
  const covered: [number, number][] = [];
  const consider = (m: RegExpExecArray, needsTarget: boolean, kind: CourtesyKind) => {
    const end = m.index + m[0].length;
    if (covered.some(([a, b]) => m.index < b && end > a)) return; // "useless lot" already covers "useless"
    const before = masked.slice(0, m.index);
    if (negatedBefore(masked, m.index)) return;
    if (reportedSpeech(clauseOf(before))) return;
    if (SELF_BEFORE.test(before)) return;
    if (needsTarget && !aimedAtSomeone(masked, m.index, m.index + m[0].length)) return;
    const phrase = raw.slice(m.index, m.index + m[0].length);
    const neutral = REPLACEMENTS.get(phrase.toLowerCase());
    covered.push([m.index, end]);
    hits.push({ kind, phrase, fixPhrase: phrase, replacement: neutral !== undefined ? matchCase(phrase, neutral) : '', sentence: raw });
  };
  for (const m of allMatches(PERSONAL, masked)) consider(m, false, 'insult');
  for (const m of allMatches(EVALUATIVE, masked)) consider(m, true, 'insult');
  if (extra) for (const m of allMatches(extra, masked)) consider(m, false, 'council-term');
  return hits;
}

/**
 * Whether an evaluative word ("useless", "pathetic") is aimed at a person, a team or their work:
 * "your crews are useless", "what a pathetic response", "you useless lot", "Simon was useless", or a
 * short exclamation about the matter in hand ("This is utterly pathetic."). "The old bridge is useless
 * in fog" is not.
 */
function aimedAtSomeone(sentence: string, start: number, end: number): boolean {
  if (ATTRIBUTIVE_TARGET.test(sentence.slice(end))) return true;
  const before = clauseOf(sentence.slice(0, start)).replace(INTENSIFIERS, '');
  if (/\byou\s*$/i.test(before)) return true;
  if (!COPULA_END.test(before)) return false;
  const subject = before.replace(COPULA_SPLIT, '').trim().split(/\s+/).slice(-5).join(' ');
  if (!subject) return false;
  if (TARGET.test(subject)) return true;
  if (DEMONSTRATIVE.test(subject.split(/\s+/).pop() ?? '')) return sentence.trim().split(/\s+/).length <= 6;
  return /\p{Lu}/u.test(subject) && parse(subject).has('#Person');
}

/**
 * A run of four or more words in capitals that makes up or sits inside a sentence: shouting. Runs
 * of acronyms ("ASB HMO CCTV DBS") have no ordinary words and do not count; a line entirely in
 * capitals without sentence punctuation or a pronoun and verb is a heading, not shouting.
 */
function shoutingIn(raw: string, masked: string, properWords: ReadonlySet<string>): CourtesyHit | undefined {
  const tokens = [...masked.matchAll(/[A-Za-z][A-Za-z'’-]*|\d[\w/.-]*/g)];
  let run: RegExpMatchArray[] = [];
  const runs: RegExpMatchArray[][] = [];
  for (const t of tokens) {
    const gap = run.length ? masked.slice(run[run.length - 1].index! + run[run.length - 1][0].length, t.index) : '';
    if (CAPS_WORD.test(t[0]) && (!run.length || /^[\s,;:–—-]*$/.test(gap))) run.push(t);
    else {
      if (run.length) runs.push(run);
      run = CAPS_WORD.test(t[0]) ? [t] : [];
    }
  }
  if (run.length) runs.push(run);
  for (const r of runs) {
    const words = r.map((t) => t[0].toUpperCase().replace(/’/g, "'"));
    if (words.length < 4 || !words.some((w) => FUNCTION_WORDS.has(w)) || words.filter((w) => w.length >= 3).length < 2) continue;
    const start = r[0].index!;
    const end = r[r.length - 1].index! + r[r.length - 1][0].length;
    const letters = masked.replace(/[^A-Za-z]/g, '');
    const wholeLine = letters === letters.toUpperCase();
    const punctuated = /[.!?]["')\]]?\s*$/.test(masked);
    if (wholeLine && !punctuated && !(words.some((w) => ['I', 'YOU', 'YOUR', 'WE', 'MY'].includes(w)) && words.some((w) => SENTENCE_CUES.has(w) && !['I', 'YOU', 'YOUR', 'WE', 'MY'].includes(w)))) continue;
    const phrase = raw.slice(start, end);
    return { kind: 'shouting', phrase, fixPhrase: phrase, replacement: toSentenceCase(phrase, properWords, start === raw.length - raw.trimStart().length), sentence: raw };
  }
  return undefined;
}

/** Lower-case a shouted run, keeping "I" and words the writer capitalises elsewhere (place names). */
function toSentenceCase(phrase: string, properWords: ReadonlySet<string>, sentenceStart: boolean): string {
  let first = true;
  return phrase.replace(/[A-Za-z][A-Za-z'’-]*/g, (w) => {
    const lower = w.toLowerCase();
    const title = lower[0].toUpperCase() + lower.slice(1);
    const out = w === 'I' || /^I['’]/.test(w) ? title : properWords.has(title) || (first && sentenceStart) ? title : lower;
    first = false;
    return out;
  });
}

/** Title-case words the writer uses mid-sentence: likely names worth keeping when un-shouting. */
function titleCaseWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(/[a-z,](?=\s+([A-Z][a-z]+))/g)) out.add(m[1]);
  return out;
}

function wordAround(text: string, start: number, end: number): { text: string; start: number } {
  let a = start;
  let b = end;
  while (a > 0 && /[\p{L}]/u.test(text[a - 1])) a--;
  while (b < text.length && /[\p{L}]/u.test(text[b])) b++;
  return { text: text.slice(a, b), start: a };
}

/** A capitalised word next to another capitalised word or a title, not at the start of a sentence. */
function looksLikeName(text: string, start: number, word: string): boolean {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return false;
  const before = text.slice(0, start);
  const after = text.slice(start + word.length);
  if (/\b(?:mr|mrs|ms|miss|dr|cllr|councillor|st|saint)\.?\s+$/i.test(before)) return true;
  if (/^\s+\p{Lu}\p{Ll}/u.test(after) || /\p{Lu}\p{Ll}+\s+$/u.test(before)) return true;
  return before.trim().length > 0 && !/[.!?:]\s*$/.test(before);
}

/** "Residents told me …", "she described it as …": words the writer attributes to someone else. */
function reportedSpeech(clause: string): boolean {
  const found = allMatches(REPORTING, clause).pop();
  if (!found) return false;
  return !/\b(?:i|we)\b(?:\s+[\w'’]+){0,2}\s*$/i.test(clause.slice(0, found.index));
}

function clauseOf(before: string): string {
  return before.split(/[.;:!?]|,\s+(?:and|but|so)\s+|\s[-–—]\s/).pop() ?? before;
}

/** A hit whose fix removes the phrase, or swaps in neutral wording where the lexicon has some. */
function removal(kind: CourtesyKind, raw: string, start: number, end: number): CourtesyHit {
  const phrase = raw.slice(start, end);
  const neutral = REPLACEMENTS.get(flattenSpace(phrase).toLowerCase());
  if (neutral !== undefined) return { kind, phrase: flattenSpace(phrase), fixPhrase: phrase, replacement: matchCase(phrase, neutral), sentence: raw };
  // Removing a sentence-opening phrase takes its punctuation with it; otherwise the following space.
  const opensSentence = !raw.slice(0, start).trim();
  const trailing = (opensSentence ? /^[.!,;:]*[ \t]*/ : /^[ \t]+/).exec(raw.slice(end))?.[0] ?? '';
  return { kind, phrase: flattenSpace(phrase), fixPhrase: phrase + trailing, replacement: '', sentence: raw };
}
