import lexicon from './lexicon/criticism.json';
import { stripBoilerplate } from './boilerplate';
import { allMatches, maskQuoted, negatedBefore, sentencesOf } from './clauses';
import { parse } from './nlp';
import { alternation, extraTermsRegExp, flattenSpace, phraseRegExp } from './phrases';
import { LETTER, LOWER, UPPER } from './unicode-classes';

/**
 * Criticism of an identifiable officer's conduct or capability (RULES.md
 * `officer-criticism-circulated`). A sentence counts when a negative predicate about how someone
 * does their job ("failed to answer", "was dismissive", "incompetent") has an officer as its
 * subject: a job title ("the planning officer", "the Head of Planning", "your officer"), a named
 * person who is an officer, or "he"/"she" standing for one named just before. Criticism of
 * decisions, policies, contractors or councillors is not criticism of an officer.
 */

export interface CriticismHit {
  /** Who is criticised, as written: a name or a job title. */
  readonly target: string;
  /** From the target to the end of the critical words, for evidence. */
  readonly phrase: string;
  readonly sentence: string;
}

export interface CriticismOptions {
  /** A name (as written) that is a councillor, the writer or a recipient who is not an officer. */
  readonly isNotOfficer: (name: string) => boolean;
  /** A name (as written) known to belong to an officer (e.g. a party at an officer address). */
  readonly isKnownOfficer: (name: string) => boolean;
  /** A council's own critical phrases (policy.extraTerms). */
  readonly extraTerms?: readonly string[];
}

interface Mention {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: 'name' | 'title' | 'pronoun';
}

const WORDS = (min: number, max: number) => `(?:[\\w'’-]+\\s+){${min},${max}}?`;
/** Adverbs of degree or candour between a verb and its complement: "simply isn't capable", "does not really seem". */
const DEGREE = `(?:${alternation(lexicon.degreeAdverbs)})`;
const PREDICATE = phraseRegExp(lexicon.predicates);
/** A verb family with its inflections: "reply" also matches "replies", "replied", "replying". */
const inflected = (verbs: readonly string[]) =>
  `(?:${verbs
    .map((v) => {
      const [head, ...rest] = v.trim().toLowerCase().split(/\s+/);
      const stem = /[^aeiou]y$/.test(head) ? `${head.slice(0, -1)}(?:y|ies|ied|ying)` : `${head.replace(/e$/, '')}(?:${head.endsWith('e') ? 'e|es|ed|ing' : 's|es|ed|d|ing'})?`;
      return [stem.replace(/-/g, '\\-'), ...rest.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))].join('\\s+');
    })
    .join('|')})`;
/** Patterns built from word families, so new wordings of the same criticism are recognised. */
const PREDICATE_PATTERNS: readonly RegExp[] = [
  // "never once replied", "failed to consult", "couldn't answer", "did not bother"
  new RegExp(`\\b${alternation(lexicon.dutyNegators)}\\s+(?:${alternation(lexicon.dutyAdverbs)}\\s+)?${inflected(lexicon.dutyVerbs)}(?![a-z])`, 'gi'),
  // "handled the application incompetently", "badly managed"
  new RegExp(`\\b${alternation(lexicon.mannerVerbs)}\\s+${WORDS(0, 6)}${alternation(lexicon.badManner)}\\b|\\b${alternation(lexicon.badManner)}\\s+${alternation(lexicon.mannerVerbs)}\\b`, 'gi'),
  // "I do not think he has a grip", "I am not convinced the manager is up to the job"
  new RegExp(`\\b${alternation(lexicon.disbelief)}\\s+(?:that\\s+)?${WORDS(1, 5)}${alternation(lexicon.positiveCapability)}\\b`, 'gi'),
  // "does not seem capable of", "doesn't appear to be up to the job", "isn't competent"
  new RegExp(
    `\\b${alternation(lexicon.seemNegators)}\\s+(?:${DEGREE}\\s+)?${alternation(lexicon.seemVerbs)}\\s+(?:to\\s+be\\s+)?(?:${DEGREE}\\s+)?${alternation(lexicon.capabilityWords)}|\\b(?:is|are|was|were)(?:\\s+${DEGREE})?(?:\\s+not|n['’]t)\\s+(?:${DEGREE}\\s+)?${alternation(lexicon.capabilityStates)}\\b`,
    'gi',
  ),
  // "made a complete mess of", "has made a hash of it"
  new RegExp(`\\b${alternation(lexicon.botchVerbs)}\\s+(?:(?:a|an|such\\s+a|such\\s+an)\\s+)?${WORDS(0, 2)}${alternation(lexicon.botchNouns)}(?![\\w-])`, 'gi'),
  // "got it badly wrong", "has got the figures wrong again"
  new RegExp(`\\b${alternation(lexicon.wrongVerbs)}\\s+${alternation(lexicon.wrongObjects)}\\s+(?:[a-z]+ly\\s+)?wrong\\b`, 'gi'),
];
const CAPABILITY_DOUBT = new RegExp(`^${PREDICATE_PATTERNS[2].source.replace(/^\\b/, '')}$`, 'i');
/** "disappointed with how …", "unhappy about how …": the person criticised comes after. */
const DISSATISFIED_HOW = new RegExp(`\\b${alternation(lexicon.dissatisfaction)}\\s+(?:with|by|at|about|in)\\s+how\\b`, 'gi');
const TARGET_AFTER = phraseRegExp(lexicon.targetAfter);
/** "Nadia Okafor from the drainage team", "Tom in Planning": a name tied to a part of the council. */
const AFFILIATION_AFTER = new RegExp(
  `^[,\\s]*(?:\\(\\s*)?(?:from|in|of|at|with)\\s+(?:the\\s+)?(?:council['’]s\\s+)?(?:(?:[${UPPER}][${LETTER}-]*|[${LOWER}-]+)\\s+){0,3}?${alternation(lexicon.affiliation)}\\b|^\\s+(?:in|from)\\s+[${UPPER}][${LOWER}]+`,
  'iu',
);
const TITLE = new RegExp(
  `\\b(?:${alternation(lexicon.titleDeterminers)})\\s+(?:(?!(?:${alternation(lexicon.titleDeterminers)})\\s)[${LETTER}'’-]+\\s+){0,3}?${alternation(lexicon.officerTitles)}(?![a-z])`,
  'giu',
);
/** The capitalised service after a title: "Head of | Planning", "Director | of Place". Case matters here. */
const TITLE_TAIL = /^(?:\s+(?:of|for|and|&))?(?:\s+(?:and\s+|&\s+)?\p{Lu}[\p{L}-]+)+/u;
/** A capitalised job title without "the" ("Martin Colley, Head of Waste Services, …"); capitals checked in code. */
const BARE_TITLE = new RegExp(`\\b${alternation(lexicon.bareTitles)}(?![a-z])`, 'gi');
/** Every word of a bare title capitalised, bar "of"/"for"/"and" and numbers ("Section 151 Officer"). */
const CAPITALISED_TITLE = new RegExp(`^[${UPPER}][^\\s]*(?:\\s+(?:of|for|and|&|\\d+|[${UPPER}][^\\s]*))*$`, 'u');
const NOT_OFFICER_TITLE = phraseRegExp(lexicon.notOfficerTitles);
const OFFICER_WORK = phraseRegExp(lexicon.officerWork);
const PRONOUN = new RegExp(`\\b${alternation(lexicon.pronouns)}\\b`, 'gi');
const PASSIVE_BEFORE = new RegExp(`\\b${alternation(lexicon.passiveMarkers)}(?:\\s+\\w+ly)?\\s*$`, 'i');
/** Words that start a different subject between a mention and the predicate. */
const OTHER_SUBJECT = /\b(?:i|we|you|they|it|that|which|because|the|a|an|this|these|those|residents?|people)\b/i;
/** Group 1 is the character before the name (no lookbehind: the Send check runs on ES2016 engines); group 2 the name. */
const CAPITALISED_PAIR = /(^|[^\p{L}'’])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{Ll}'’-]+){1,2})(?![\p{L}])/gu;
const COUNCILLOR_TITLE = /\b(?:cllr|councillor)\.?\s+$/i;
/** The writer distancing themselves from the criticism: "I do not think …", "I'm not saying …". */
const DISOWNED = /\b(?:not|n['’]t|never)\s+(?:think|believe|say|saying|suggest|suggesting|claim|claiming|accept|agree|feel)\b/i;

/** What stands between a title and the name it introduces: "the case officer, Ann Bell", "the officer for the estate, Ann Bell". */
function isApposition(gap: string): boolean {
  return gap.length <= 4 ? /^[\s,:–—-]*$/.test(gap) : /^\s+(?:for|on|in|at|of|from)\s+[^,.;]{1,30},\s*$/i.test(gap);
}

/** The words between a name and its verb, minus an apposition (", the case officer," / "from the drainage team"). */
function withoutApposition(gap: string): string {
  const affiliation = AFFILIATION_AFTER.exec(gap);
  if (affiliation) return gap.slice(affiliation[0].length);
  return gap.replace(/^\s+(?:for|on|in|at|of|from|with)\s+(?:the\s+|this\s+|our\s+|your\s+)?[\w'’-]+(?:\s+[\w'’-]+)?(?=\s*,)/i, '').replace(/^\s*,[^,]{1,50},/, '');
}

function clauseBefore(text: string, index: number): string {
  return text.slice(0, index).split(/[.;!?]/).pop() ?? '';
}

/**
 * Sentences of `text` (the writer's new text) criticising an officer. compromise is asked only about
 * sentences that already hold a critical predicate (and, to resolve "he"/"she", the two before them).
 */
export function findOfficerCriticism(text: string, options: CriticismOptions): CriticismHit[] {
  const extra = extraTermsRegExp(options.extraTerms);
  const sentences = sentencesOf(stripBoilerplate(text)).map((s) => s.text);
  const mentionCache = new Map<number, Mention[]>();
  const mentionsOf = (i: number) => {
    let m = mentionCache.get(i);
    if (!m) mentionCache.set(i, (m = officerMentions(maskQuoted(sentences[i]), options)));
    return m;
  };
  const hits: CriticismHit[] = [];
  sentences.forEach((raw, i) => {
    const masked = maskQuoted(raw);
    const predicates = [
      ...allMatches(PREDICATE, masked),
      ...PREDICATE_PATTERNS.flatMap((re) => allMatches(re, masked)),
      ...allMatches(DISSATISFIED_HOW, masked),
      ...(extra ? allMatches(extra, masked) : []),
    ].sort((a, b) => a.index - b.index);
    for (const p of predicates) {
      const pEnd = p.index + p[0].length;
      // Doubting someone's capability carries its own negation ("I don't think he is up to it").
      if (!CAPABILITY_DOUBT.test(p[0]) && !/^not\b/i.test(p[0]) && (negatedBefore(masked, p.index, 4) || DISOWNED.test(clauseBefore(masked, p.index)))) continue;
      const mentions = mentionsOf(i);
      let target: Mention | undefined;
      const passive = /ed$/i.test(p[0]) && PASSIVE_BEFORE.test(masked.slice(0, p.index));
      const after = TARGET_AFTER.test(p[0]) || /\bhow$/i.test(p[0]);
      if (after || passive) {
        // "disappointed with how Simon handled…", "residents were ignored by the case officer".
        target = mentions.find((m) => m.start >= p.index && m.start - pEnd <= 40 && m.kind !== 'pronoun');
        if (!target && passive) continue;
      }
      // The subject before the predicate ("the licensing officer is out of her depth"), else one inside it
      // ("I don't think he has a grip").
      target ??=
        [...mentions].reverse().find((m) => m.end <= p.index && !OTHER_SUBJECT.test(withoutApposition(masked.slice(m.end, p.index)))) ??
        mentions.find((m) => m.start >= p.index && m.end <= pEnd);
      if (!target) continue;
      let named = target.text;
      let from = Math.min(target.start, p.index);
      if (target.kind === 'pronoun') {
        const antecedent = previousOfficer(i, mentionsOf);
        if (!antecedent) continue;
        named = antecedent.text;
      } else if (target.kind === 'title') {
        // "Ruth Adeyemi, the planning officer, …": name the person, not the post.
        const t = target;
        const apposed = mentions.find((m) => m.kind === 'name' && (Math.abs(m.end - t.start) <= 4 || (m.start >= t.end && isApposition(masked.slice(t.end, m.start)))));
        if (apposed) {
          named = apposed.text;
          from = Math.min(from, apposed.start);
        }
      }
      hits.push({ target: named, phrase: flattenSpace(raw.slice(from, Math.max(pEnd, target.end))), sentence: raw });
      return;
    }
  });
  return hits;
}

/** The officer most recently named or titled in the two sentences before sentence `i`. */
function previousOfficer(i: number, mentionsOf: (i: number) => Mention[]): Mention | undefined {
  for (let k = i; k >= Math.max(0, i - 2); k--) {
    const found = mentionsOf(k).filter((m) => m.kind !== 'pronoun');
    if (found.length) return found[found.length - 1];
  }
  return undefined;
}

/** Officers a sentence mentions: job titles, names that are officers, and he/she. */
function officerMentions(sentence: string, options: CriticismOptions): Mention[] {
  const out: Mention[] = [];
  for (const m of allMatches(TITLE, sentence)) {
    if (NOT_OFFICER_TITLE.test(m[0])) continue;
    const tail = TITLE_TAIL.exec(sentence.slice(m.index + m[0].length))?.[0] ?? '';
    const text = m[0] + tail;
    out.push({ text: text.replace(/^(?:the|a|an)\s+/i, ''), start: m.index, end: m.index + text.length, kind: 'title' });
  }
  for (const m of allMatches(BARE_TITLE, sentence)) {
    if (!CAPITALISED_TITLE.test(m[0]) || out.some((o) => m.index < o.end && m.index + m[0].length > o.start)) continue;
    const tail = TITLE_TAIL.exec(sentence.slice(m.index + m[0].length))?.[0] ?? '';
    out.push({ text: m[0] + tail, start: m.index, end: m.index + m[0].length + tail.length, kind: 'title' });
  }
  // Only sentences with a capitalised pair ("Samir Haddad", "Ms Whitfield") can name anyone.
  if (/\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}|\b(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+\p{Lu}/u.test(sentence)) {
    for (const person of parse(sentence).people().json({ offset: true }) as PersonJson[]) {
      const name = person.text.replace(/[\s,.;:!?)'’]+$/, '');
      const start = person.offset.start;
      if (!name || COUNCILLOR_TITLE.test(sentence.slice(0, start)) || options.isNotOfficer(name)) continue;
      const end = start + name.length;
      const titled = out.some((t) => t.kind === 'title' && (Math.abs(t.end - start) <= 4 || Math.abs(t.start - end) <= 6));
      const affiliated = AFFILIATION_AFTER.test(sentence.slice(end));
      if (options.isKnownOfficer(name) || titled || affiliated || OFFICER_WORK.test(sentence)) {
        out.push({ text: name, start, end, kind: 'name' });
      }
    }
  }
  // Names the tagger does not know ("Priya Nair") still count when set beside a title or a team.
  for (const m of allMatches(CAPITALISED_PAIR, sentence)) {
    const name = m[2]!;
    const start = m.index + m[1]!.length;
    const end = start + name.length;
    if (start === 0 || out.some((o) => start < o.end && end > o.start)) continue;
    if (COUNCILLOR_TITLE.test(sentence.slice(0, start)) || options.isNotOfficer(name)) continue;
    const titled = out.some((t) => t.kind === 'title' && ((start >= t.end && isApposition(sentence.slice(t.end, start))) || Math.abs(t.start - end) <= 6));
    if (options.isKnownOfficer(name) || titled || AFFILIATION_AFTER.test(sentence.slice(end))) out.push({ text: name, start, end, kind: 'name' });
  }
  for (const m of allMatches(PRONOUN, sentence)) out.push({ text: m[0], start: m.index, end: m.index + m[0].length, kind: 'pronoun' });
  return out.sort((a, b) => a.start - b.start);
}

interface PersonJson {
  readonly text: string;
  readonly offset: { readonly start: number; readonly length: number };
}
