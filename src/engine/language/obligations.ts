import { OBLIGATIONS_LEXICON as L } from './lexicon/obligations';
import { parse, type Doc } from './nlp';
import { alternation, phraseRegExp } from './phrases';
import { splitSentences } from './sentences';

/**
 * Commitments and instructions made on the Council's behalf, found by reading each candidate
 * sentence's grammar: who the subject is, what the verb and its auxiliaries say (future, modal,
 * negated, past), whether a hedge or a reporting verb governs the clause, and whether the reader is
 * being told to do something. Cue words live in ./lexicon/obligations.ts.
 */

export type CommitmentKind = 'commitment' | 'instruction';
/** Who the committing clause is about: the Council (or its officers and contractors), "we", the writer, the reader, or something else. */
export type CommitmentSubject = 'council' | 'we' | 'i' | 'you' | 'other';

export interface Commitment {
  /** The sentence, with line breaks and runs of spaces collapsed. */
  readonly sentence: string;
  readonly kind: CommitmentKind;
  /** The words that make it one: "the Council will relay", "You must remove", "Failure to comply". */
  readonly evidence: string;
  readonly subject: CommitmentSubject;
  /** Names the reader, a sum of money or a date: a promise to this person rather than a general statement of policy. */
  readonly specific: boolean;
  /** Offset of the sentence in the analysed text. */
  readonly start: number;
  /** An exact substring of the analysed text that `replacement` can stand in for, when a softer wording exists. */
  readonly phrase?: string;
  readonly replacement?: string;
}

export interface CommitmentOptions {
  /** The council's own extra commitment cues (policy.extraTerms): single verbs join the Council-action verbs, phrases mark a commitment. */
  readonly extraTerms?: readonly string[];
  /** The council's name, so "the County Council" is another body unless the council is a county council. */
  readonly council?: string;
}

// ---------------------------------------------------------------------------------------------
// Lexicon as matchers

type Entry = readonly string[];
const words = (phrase: string): Entry => phrase.toLowerCase().replace(/[’]/g, "'").split(/\s+/).filter(Boolean);
const entries = (list: readonly string[]): Entry[] => list.map(words);

const PROCEDURAL = entries(L.proceduralVerbs);
const ACTION = entries(L.councilActionVerbs);
const ASSURANCE = entries(L.assuranceVerbs);
const UNDERTAKING = entries(L.undertakingVerbs);
const DIRECTIVE = entries(L.directiveVerbs);
const PROHIBITED = entries(L.prohibitedVerbs);
const BENEFICIARY = entries(L.beneficiaryVerbs);
const WAIVED = entries(L.waivedCharges);
const HEDGE_VERBS = entries(L.hedgeVerbs);
const REPORTING = entries(L.reportingVerbs);
const INSTRUCTION_PREDICATES = entries(L.instructionPredicates);
const TRAILING_HEDGE = phraseRegExp(L.trailingHedges);
const CONDITIONAL_OPENING = new RegExp(`^\\W*${alternation(L.conditionalOpeners)}\\b(?!\\s+(?:you|your)\\b)`, 'i');
const BENEFIT = new RegExp(`${phraseRegExp(L.benefitNouns).source}|£\\s?\\d|\\b\\d[\\d,.]*\\s*(?:pounds|gbp)\\b`, 'i');
const BENEFIT_VERBS = new Set(['refund', 'reimburse', 'compensate', 'credit', 'repay']);
const THREAT = phraseRegExp(L.complianceThreats);
const BINDING = new RegExp(
  `\\b(?:the\\s+council|we)\\s+(?:(?:has|have|had)\\s+)?(?:(?:now|formally|also|already|today)\\s+)?${alternation(L.bindingVerbs)}\\s+(?:(?:to|that)\\s+)?(?:the\\s+|your\\s+|you\\s+|it\\s+)?(?=[a-z])`,
  'i',
);
/** A past binding ("the Council agreed to…") is only a promise when it looks forward; otherwise it is an account of a decision. */
const PAST_BINDING = /\b(?:agreed|undertaken|undertook|guaranteed|committed|promised|pledged)\b/i;
const FUTURE_TIME =
  /\b(?:(?:this|next|later\s+this)\s+(?:week|month|year|spring|summer|autumn|winter|financial\s+year)|within\s+\d|shortly|soon|in\s+the\s+coming\s+(?:days|weeks|months)|by\s+the\s+end\s+of)\b/i;
const CONFIRMED_BEFORE = /\b(?:i\s+can|i\s+am\s+(?:pleased|happy|glad)\s+to|i['’]m\s+(?:pleased|happy|glad)\s+to)\s+(?:confirm|tell\s+you|say|report)\b[^.;]*$/i;
const OPEN_ENDED_AFTER = new RegExp(`^(?:${alternation(L.openEndedAfterBinding)})\\b`, 'i');
/** Negated, hedged, conditional or reported: "if the Council agrees to…", "residents hope the Council will commit". */
const UNBOUND_BEFORE = /\b(?:not|never|no|n't|may|might|could|would|hope|whether|if|unless|asked|ask|urge|urged|want|wants|should)\b[^.;]*$/i;
const CONDITION = phraseRegExp(L.complianceConditions);
const CONSEQUENCE = phraseRegExp(L.complianceConsequences);
const EPISTEMIC = entries(L.epistemicStates);
const ADVICE_AFTER_MUST = entries(L.adviceAfterMust);
const NOT_DIRECTIVE = entries(L.notDirective);
/** Verbs a passive may promise as an outcome ("your fee will be waived", "the fence will be replaced"). */
const PASSIVE_OUTCOMES = new Set(L.councilActionVerbs.map((v) => words(v)[0]));

const COMMIT_MODALS = new Set(L.commitModals.filter((m) => !m.includes(' ')));
const HEDGE_MODALS = new Set(L.hedgeModals);
const HEDGE_WORDS = new Set(L.hedgeWords);
const POLITE = new Set(L.politeMarkers.filter((m) => !m.includes(' ')));
const COUNCIL_AGENTS = new Set(L.councilAgents);
const OTHER_BODIES = new Set(L.otherBodies);
const NOT_COUNCIL_AGENTS = new Set(L.notCouncilAgents);
const DECISION_NOUNS = new Set(L.decisionNouns);
const INSTRUCTION_MODALS = new Set(L.instructionModals);

const MONTH = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*';
const WEEKDAY = '(?:mon|tues|wednes|thurs|fri|satur|sun)day';
const NUMBER = '(?:\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fourteen|fifteen|twenty(?:[- ]\\w+)?|thirty)';
/** A time limit: "by 30 January", "by Friday", "within 7 days", "within ten working days of this letter", "with immediate effect". */
const DEADLINE = new RegExp(
  [
    `\\b${alternation(L.deadlineLeads)}\\s+(?:the\\s+)?(?:end\\s+of|close\\s+of|${WEEKDAY}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH}|${MONTH}\\s+\\d{1,2}|\\d{1,2}[/.]\\d{1,2}|tomorrow|today|tonight|noon|midday|next\\s+\\w+|${NUMBER}\\s+(?:working\\s+|calendar\\s+|clear\\s+)?(?:days?|weeks?|months?|hours?|fortnight))`,
    alternation(L.anchoredDeadlines),
    `\\b${alternation(L.immediacy)}\\b`,
  ].join('|'),
  'i',
);
const TIME_WORD = new RegExp(`^(?:end|close|start|middle|${WEEKDAY}|${MONTH}|\\d|next|tomorrow|today|tonight|noon|midday|christmas|easter|then|now)`, 'i');
const MONEY = /£\s?\d|\b\d[\d,.]*\s*(?:pounds|gbp)\b/i;
const READER = /\b(?:you|your|yours|yourself)\b/i;
const DATE_WORD = new RegExp(`\\b(?:${WEEKDAY}|${MONTH}\\s+\\d|\\d{1,2}(?:st|nd|rd|th)?\\s+${MONTH}|next\\s+(?:week|month|year)|this\\s+(?:week|month)|tomorrow)\\b`, 'i');

/** Sentences worth parsing: some modal, undertaking, instruction or threat cue, or an opening directive verb. */
function candidateRegExp(extra: readonly string[]): RegExp {
  const inflect = (w: string) => `${w.replace(/e$/, '')}(?:e|es|ed|ing|s|d)?`;
  const cues = [
    ...L.commitModals,
    ...L.instructionModals,
    ...L.undertakingVerbs.map(inflect),
    ...L.instructionPredicates.map(inflect),
    ...L.assuranceVerbs.filter((a) => a.includes(' ')),
    'ensure', 'receive', 'refund(?:ed)?', 'reimburs\\w*', 'compensat\\w*',
  ];
  const lead = `^\\W*(?:(?:${[...POLITE].join('|')}|now|also|therefore|so|and)\\s+)*(?:do\\s+not\\s+|don['’]t\\s+|never\\s+)?${alternation([...L.directiveVerbs, ...L.prohibitedVerbs])}\\b`;
  const parts = [
    `\\b(?:${cues.join('|')})\\b`,
    `['’]ll\\b`,
    `\\bwon['’]t\\b`,
    lead,
    THREAT.source,
    CONDITION.source,
  ];
  if (extra.length) parts.push(phraseRegExp(extra).source);
  return new RegExp(parts.join('|'), 'i');
}

const BASE_CANDIDATE = candidateRegExp([]);
const LIST_ITEM = /^\s*(?:[-*•·–]|\d+[.)]|[a-z][.)])\s/;

// ---------------------------------------------------------------------------------------------
// Tokens and verb chains

interface Tok {
  /** Lower-case word (contractions expanded: "'ll" → "will"), punctuation stripped. */
  readonly w: string;
  readonly tags: ReadonlySet<string>;
  /** Punctuation and space after the word. */
  readonly post: string;
  /** Offsets in the sentence. */
  readonly start: number;
  readonly end: number;
  /** Infinitive of the verb phrase compromise put this word in, if any. */
  readonly lemma?: string;
}

interface Chain {
  readonly first: number;
  readonly last: number;
  /** The main verb (first non-auxiliary verb), or the last auxiliary for a bare copula. */
  readonly main: number;
  readonly aux: readonly string[];
  readonly negative: boolean;
  readonly passive: boolean;
  /** Base form of the main verb, with a particle when phrasal ("carry out"). */
  readonly lemma: string;
}

type Modality = 'commit' | 'hedge' | 'perfect' | 'past' | 'present' | 'imperative';

interface Clause extends Chain {
  subject?: { start: number; end: number; kind: CommitmentSubject | 'decision' | 'none'; text: string };
  modality: Modality;
  inheritedSubject: boolean;
}

interface Term {
  readonly text: string;
  readonly pre: string;
  readonly post: string;
  readonly normal?: string;
  readonly implicit?: string;
  readonly root?: string;
  readonly tags: ReadonlySet<string>;
}

/**
 * The parsed words with their offsets. Reads compromise's term list directly (with its `root`
 * pass for lemmas): its JSON and verb-phrase output cost several times the parse itself.
 */
function tokens(doc: Doc): Tok[] {
  doc.compute('root');
  const out: Tok[] = [];
  let pos = 0;
  for (const sentence of (doc as unknown as { document: Term[][] }).document) {
    for (const t of sentence) {
      pos += t.pre.length;
      const start = pos;
      pos += t.text.length;
      const end = pos;
      pos += t.post.length;
      const raw = (t.implicit || t.normal || t.text || '').toLowerCase().replace(/[’]/g, "'");
      out.push({
        w: raw.replace(/^[^\p{L}\p{N}£]+|[^\p{L}\p{N}]+$/gu, ''),
        tags: t.tags,
        post: t.post,
        start,
        end,
        lemma: t.root ? t.root.toLowerCase() : undefined,
      });
    }
  }
  return out;
}

const isVerb = (t: Tok) => t.tags.has('Verb') || t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula');
const isAux = (t: Tok) => t.tags.has('Modal') || t.tags.has('Auxiliary') || t.tags.has('Copula');
const CHAIN_ADVERBS = new Set(['hereby', 'also', 'now', 'then', 'still', 'further', 'formally', 'definitely', 'certainly', 'personally', 'immediately', 'therefore', 'shortly', 'soon', 'happily', 'gladly', 'of', 'course', 'all', 'both', 'hopefully', 'probably', 'possibly', 'perhaps', 'just', 'really', 'not', 'never']);
const BE = new Set(['be', 'is', 'are', 'am', 'was', 'were', 'been', 'being']);
const IRREGULAR_PARTICIPLE = /^(?:made|paid|done|given|sent|put|cut|built|set|laid|kept|taken|written|met|brought|bought|sold|held|left|found|told|shown|seen|known|returned|dealt)$/;
const isParticiple = (t: Tok) =>
  (t.tags.has('Verb') && (t.tags.has('PastTense') || t.tags.has('Participle') || t.tags.has('Passive'))) ||
  ((t.tags.has('Adjective') || t.tags.has('Verb')) && (/(?:ed|en)$/.test(t.w) || IRREGULAR_PARTICIPLE.test(t.w)));
const comma = (t: Tok) => /[,;:(–—]/.test(t.post) || /\s[-–—]\s/.test(t.post);

/** Chains of auxiliaries, adverbs and verbs: "will not be", "is going to refund", "are hereby required". */
function chains(toks: readonly Tok[]): Chain[] {
  const out: Chain[] = [];
  let i = 0;
  while (i < toks.length) {
    if (!isVerb(toks[i]) || toks[i].tags.has('Gerund') && !isAux(toks[i])) {
      i++;
      continue;
    }
    const first = i;
    let main = -1;
    let j = i;
    for (; j < toks.length; j++) {
      const t = toks[j];
      if (j > first && comma(toks[j - 1])) break;
      if (main >= 0) {
        if (t.tags.has('Particle') || (t.w === 'sure' && toks[main].w === 'make')) continue;
        break;
      }
      if (isAux(t) || t.tags.has('Negative')) continue;
      // "to be replaced": the tagger may read "be" as a main verb.
      if (BE.has(t.w) && j + 1 < toks.length && isParticiple(toks[j + 1])) continue;
      if (CHAIN_ADVERBS.has(t.w) || (t.tags.has('Adverb') && j + 1 < toks.length && isVerb(toks[j + 1]))) continue;
      if (t.w === 'to' && j > first && /^(?:going|have|has|had|ought|able)$/.test(toks[j - 1].w)) continue;
      if (t.tags.has('Verb') && (!t.tags.has('Gerund') || (j > first && BE.has(toks[j - 1].w)))) {
        main = j;
        continue;
      }
      // A copula followed by a participle the tagger read as an adjective ("is made", "be charged").
      if (j > first && BE.has(toks[j - 1].w) && (t.tags.has('Adjective') || t.tags.has('Verb')) && (/(?:ed|en)$/.test(t.w) || IRREGULAR_PARTICIPLE.test(t.w))) {
        main = j;
        continue;
      }
      break;
    }
    let last = j - 1;
    while (last > first && !isVerb(toks[last]) && !toks[last].tags.has('Particle') && toks[last].w !== 'sure' && last !== main) last--;
    if (main < 0) {
      // A bare auxiliary chain ("will not be", "is"): its last verb carries the meaning.
      for (let k = last; k >= first; k--) if (isVerb(toks[k])) { main = k; break; }
    }
    if (main < 0) {
      i = j > i ? j : i + 1;
      continue;
    }
    const auxToks = toks.slice(first, main).filter((t) => isAux(t) || BE.has(t.w) || t.w === 'to' || t.w === 'going');
    const aux = auxToks.map((t) => t.w);
    const negative = toks.slice(first, last + 1).some((t) => t.tags.has('Negative') || t.w === 'not' || t.w === 'never');
    const m = toks[main];
    const passive =
      !BE.has(m.w) &&
      aux.some((a) => BE.has(a)) &&
      (m.tags.has('PastTense') || m.tags.has('Participle') || m.tags.has('Passive') || m.tags.has('Adjective'));
    out.push({ first, last, main, aux, negative, passive, lemma: lemmaOf(toks, main, last, passive) });
    i = Math.max(last + 1, i + 1);
  }
  return out;
}

function lemmaOf(toks: readonly Tok[], main: number, last: number, passive: boolean): string {
  const m = toks[main];
  let base = m.lemma ?? m.w;
  const participle = m.tags.has('PastTense') || m.tags.has('Participle') || (passive && m.tags.has('Adjective'));
  if (participle && base === m.w) base = participleBase(m.w, base);
  const particles = toks.slice(main + 1, last + 1).filter((t) => t.tags.has('Particle') || t.w === 'sure').map((t) => t.w);
  return [base, ...particles].join(' ');
}

/** Base form of a participle the tagger left as an adjective ("made" → "make", "waived" → "waive"). */
function participleBase(word: string, fallback: string): string {
  if (fallback && fallback !== word) return fallback;
  const doc = parse(`they have ${word} it`);
  doc.compute('root');
  const root = (doc as unknown as { document: Term[][] }).document[0]?.[2]?.root;
  return root ? root.toLowerCase() : word;
}

// ---------------------------------------------------------------------------------------------
// Clause reading

const SUBJECT_STOP = new Set(['that', 'which', 'who', 'whom', 'whether', 'if', 'when', 'once', 'as', 'because', 'so', 'and', 'but', 'or', 'then', 'while', 'until', 'unless', 'although', 'though', 'where']);
const BOUNDARY_WORDS = new Set(['and', 'but', 'or', 'so', 'because', 'although', 'though', 'however', 'while', 'whereas', 'then', 'meanwhile', 'also']);
const NOMINAL = ['Noun', 'Pronoun', 'ProperNoun', 'Determiner', 'Adjective', 'Possessive', 'Value', 'Organization', 'Acronym', 'Plural', 'Singular', 'Person', 'Place', 'Money', 'Actor'];
const isNominal = (t: Tok) => !isVerb(t) && NOMINAL.some((tag) => t.tags.has(tag));

/** The noun phrase just before a chain ("the Council", "Your firm", "the Council's contractor"). */
function subjectSpan(toks: readonly Tok[], c: Chain): { start: number; end: number } | undefined {
  let i = c.first - 1;
  while (i >= 0 && toks[i].tags.has('Adverb') && !comma(toks[i]) && !SUBJECT_STOP.has(toks[i].w)) i--;
  // A to-infinitive's subject stands before "to": "arrange for the fence to be replaced".
  if (i >= 0 && toks[i].w === 'to' && !comma(toks[i])) i--;
  const end = i;
  while (i >= 0 && !comma(toks[i]) && !SUBJECT_STOP.has(toks[i].w) && (isNominal(toks[i]) || (toks[i].w === 'of' && i > 0 && isNominal(toks[i - 1])))) {
    // A noun phrase opens with its determiner: "In the circumstances the Council" → "the Council".
    const opens = toks[i].tags.has('Determiner') || (toks[i].tags.has('Possessive') && toks[i].tags.has('Pronoun'));
    i--;
    if (opens && !(i >= 0 && toks[i].w === 'of')) break;
  }
  if (i === end) return undefined;
  return { start: i + 1, end };
}

function classifySubject(ws: readonly string[], councilWords: ReadonlySet<string>): CommitmentSubject | 'decision' {
  if (ws.length === 0) return 'other';
  const head = ws[ws.length - 1];
  if (head === 'i' || head === 'me') return 'i';
  if (head === 'we' || head === 'us') return 'we';
  if (head === 'you' || ws[0] === 'your' || ws[0] === 'you') return 'you';
  if (ws.some((w) => NOT_COUNCIL_AGENTS.has(w))) return 'other';
  const ci = ws.findIndex((w) => w === 'council' || w === "council's" || w === 'councils');
  if (ci >= 0) {
    const qualifiers = ws.slice(0, ci).filter((w) => OTHER_BODIES.has(w) && !councilWords.has(w));
    return qualifiers.length ? 'other' : 'council';
  }
  if (ws.some((w) => COUNCIL_AGENTS.has(w.replace(/'s$/, '')))) return 'council';
  if (DECISION_NOUNS.has(head)) return 'decision';
  return 'other';
}

function modality(toks: readonly Tok[], c: Chain): Modality {
  const aux = c.aux;
  if (aux.some((a) => HEDGE_MODALS.has(a))) return 'hedge';
  if (aux.some((a) => COMMIT_MODALS.has(a)) || (aux.includes('going') && aux.includes('to'))) return 'commit';
  const m = toks[c.main];
  if (aux.some((a) => a === 'have' || a === 'has' || a === 'had') && (m.tags.has('PastTense') || m.tags.has('Participle'))) return 'perfect';
  if (m.tags.has('PastTense') && !c.passive) return 'past';
  if (aux.some((a) => a === 'was' || a === 'were' || a === 'did')) return 'past';
  if (m.tags.has('Imperative')) return 'imperative';
  return 'present';
}

/** The words from the main verb on, in base form: "keep you updated", "carry out the works". */
function activeTail(toks: readonly Tok[], c: Chain, n = 8): string[] {
  const rest = toks.slice(c.main + 1, c.main + 1 + n).map((t) => t.w).filter(Boolean);
  const lemma = words(c.lemma);
  // Drop particles already folded into the lemma.
  let k = 0;
  while (k < rest.length && lemma.slice(1).includes(rest[k])) k++;
  return [...lemma, ...rest.slice(k)];
}

/** The words as written after the future marker: "be charged for", "have to pay", "receive a refund". */
function surfaceTail(toks: readonly Tok[], c: Chain, n = 8): string[] {
  const out: string[] = [];
  for (let i = c.first; i <= c.last; i++) {
    const w = toks[i].w;
    if (COMMIT_MODALS.has(w) || HEDGE_MODALS.has(w) || w === 'not' || w === 'never' || CHAIN_ADVERBS.has(w) || w === 'going' || (w === 'to' && toks[i - 1]?.w === 'going')) continue;
    if (BE.has(w) && i < c.main) { out.push('be'); continue; }
    if (w) out.push(w);
  }
  return [...out, ...toks.slice(c.last + 1, c.last + 1 + n).map((t) => t.w).filter(Boolean)];
}

function longest(tail: readonly string[], list: readonly Entry[]): number {
  let best = 0;
  for (const e of list) {
    if (e.length > tail.length || e.length <= best) continue;
    if (e.every((w, k) => tail[k] === w)) best = e.length;
  }
  return best;
}

type VerbKind = 'procedural' | 'action' | 'assurance' | 'undertaking' | 'none';

/** Which list the verb belongs to; the longest matching entry wins ("get back" is procedural, "get" is assurance). */
function verbKind(tails: readonly (readonly string[])[], action: readonly Entry[]): VerbKind {
  let kind: VerbKind = 'none';
  let best = 0;
  const consider = (k: VerbKind, list: readonly Entry[]) => {
    for (const t of tails) {
      const n = longest(t, list);
      if (n > best) {
        best = n;
        kind = k;
      }
    }
  };
  consider('assurance', ASSURANCE);
  consider('undertaking', UNDERTAKING);
  consider('action', action);
  consider('procedural', PROCEDURAL);
  return kind;
}

/** A passive is classed by its verb ("is made" → make); an active chain also by its surface ("have to pay"). */
function kindOf(r: Reading, c: Chain): VerbKind {
  return verbKind(c.passive ? [activeTail(r.toks, c)] : [activeTail(r.toks, c), surfaceTail(r.toks, c)], r.action);
}

interface Reading {
  readonly toks: readonly Tok[];
  readonly clauses: Clause[];
  readonly text: string;
  readonly specific: boolean;
  readonly deadline: boolean;
  readonly action: readonly Entry[];
}

function read(text: string, options: CommitmentOptions, action: readonly Entry[]): Reading {
  const doc = parse(text);
  const toks = tokens(doc);
  const councilWords = new Set(words(options.council ?? ''));
  const clauses: Clause[] = chains(toks).map((c) => ({ ...c, modality: modality(toks, c), inheritedSubject: false }));
  for (let k = 0; k < clauses.length; k++) {
    const c = clauses[k];
    const span = subjectSpan(toks, c);
    if (span) {
      const ws = toks.slice(span.start, span.end + 1).map((t) => t.w).filter(Boolean);
      c.subject = { ...span, kind: classifySubject(ws, councilWords), text: text.slice(toks[span.start].start, toks[span.end].end) };
      continue;
    }
    // Coordinated verbs share the subject and modal of the verb they follow ("will cancel …, refund … and pay …").
    const before = toks[c.first - 1];
    const coordinated = before && (comma(before) || before.w === 'and' || before.w === 'or' || before.w === 'then');
    if (!coordinated) {
      c.subject = { start: c.first, end: c.first - 1, kind: 'none', text: '' };
      continue;
    }
    const base = toks[c.main].tags.has('Infinitive') || toks[c.main].tags.has('Imperative') || toks[c.main].w === words(c.lemma)[0];
    for (let p = k - 1; p >= 0; p--) {
      const prev = clauses[p];
      if (!prev.subject || prev.subject.kind === 'none') continue;
      if (prev.modality === 'past' || prev.modality === 'perfect') {
        if (c.aux.length === 0) continue;
      }
      c.subject = prev.subject;
      c.inheritedSubject = true;
      if (c.aux.length === 0 && base && (prev.modality === 'commit' || prev.modality === 'hedge')) c.modality = prev.modality;
      break;
    }
    if (!c.subject) c.subject = { start: c.first, end: c.first - 1, kind: 'none', text: '' };
  }
  const flat = text;
  const deadline = DEADLINE.test(flat);
  const specific = READER.test(flat) || MONEY.test(flat) || deadline || DATE_WORD.test(flat);
  return { toks, clauses, text, specific, deadline, action };
}

/** Is the clause governed by a hedge, a negation or someone else's report ("I hope the Council will…", "officers tell me…")? */
function governedByHedge(r: Reading, c: Clause): boolean {
  const { toks } = r;
  if (CONDITIONAL_OPENING.test(r.text)) return true;
  const from = c.subject && c.subject.kind !== 'none' && !c.inheritedSubject ? c.subject.start : c.first;
  for (let i = from - 1; i >= 0; i--) {
    const t = toks[i];
    if (comma(t) || BOUNDARY_WORDS.has(t.w)) break;
    if (HEDGE_WORDS.has(t.w)) {
      // "if you send the receipt, …" is a condition on the reader, not doubt about the outcome.
      if (t.w === 'if' && /^(?:you|your)$/.test(toks[i + 1]?.w ?? '')) continue;
      return true;
    }
  }
  for (const g of r.clauses) {
    if (g === c || g.last >= from) continue;
    // Only verbs in the same stretch of the sentence govern this clause.
    let separated = false;
    for (let i = g.last; i < from; i++) if (comma(toks[i]) || BOUNDARY_WORDS.has(toks[i].w)) separated = true;
    if (separated) continue;
    const tails = [activeTail(toks, g, 3), surfaceTail(toks, g, 3)];
    if (g.negative) return true;
    if (tails.some((t) => longest(t, HEDGE_VERBS) > 0)) return true;
    const who = g.subject?.kind;
    if (tails.some((t) => longest(t, REPORTING) > 0) && (who === 'council' || who === 'other' || who === 'you' || who === 'decision')) return true;
  }
  // Hedges inside the chain ("will hopefully repair") or after it ("… if funding allows").
  for (let i = c.first; i <= c.main; i++) if (HEDGE_WORDS.has(toks[i].w)) return true;
  const after = r.text.slice(toks[c.main].end);
  const nextStop = after.search(/[;.!?]|\b(?:and|but)\s+(?:I|we|the|officers)\b/i);
  return TRAILING_HEDGE.test(nextStop >= 0 ? after.slice(0, nextStop) : after);
}

function clauseText(r: Reading, c: Clause): string {
  const end = r.toks[c.last].end;
  const rest = r.text.slice(end);
  const stop = rest.search(/[;.!?]/);
  return stop >= 0 ? rest.slice(0, stop) : rest;
}

/** The clauses after an assurance ("I will make sure [the payment is made]"), read as promised outcomes. */
function assuredOutcome(r: Reading, c: Clause): boolean {
  for (const g of r.clauses) {
    if (g.first <= c.last) continue;
    if (g.first - c.last > 14) break;
    if (g.negative) return false;
    const kind = kindOf(r, g);
    if (kind === 'procedural') return false;
    const who = g.subject?.kind ?? 'none';
    if (who === 'i') return kind === 'action';
    if (who === 'you') return beneficiary(r, g);
    return true;
  }
  return false;
}

/** "you will receive a refund of £52", "you will be reimbursed". */
function beneficiary(r: Reading, c: Clause): boolean {
  const tails = [activeTail(r.toks, c), surfaceTail(r.toks, c)];
  const rest = clauseText(r, c);
  if (c.passive) return BENEFIT_VERBS.has(words(c.lemma)[0]) || (longest(tails[1], BENEFICIARY) > 0 && BENEFIT.test(rest));
  return longest(tails[1], BENEFICIARY) > 0 && BENEFIT.test(rest);
}

interface Hit {
  readonly kind: CommitmentKind;
  readonly subject: CommitmentSubject;
  /** Span in the sentence of the words that commit or instruct. */
  readonly from: number;
  readonly to: number;
  readonly replacement?: string;
}

function commitmentIn(r: Reading, c: Clause): Hit | undefined {
  const who = c.subject?.kind ?? 'none';
  if (c.negative) {
    // "you will not be charged" promises a waiver.
    if (who === 'you' && c.modality === 'commit' && longest(surfaceTail(r.toks, c), WAIVED) > 0 && !governedByHedge(r, c)) {
      return hit(r, c, 'commitment', 'you', whetherReplacement(r, c));
    }
    return undefined;
  }
  const kind = kindOf(r, c);

  if (c.modality === 'present' && kind === 'undertaking' && (who === 'council' || who === 'we' || who === 'i')) {
    // "The Council agrees to waive", "I undertake to pay": the complement says what is promised.
    const next = r.clauses.find((g) => g.first > c.last && g.first <= c.last + 2);
    if (next) {
      const nk = kindOf(r, next);
      if (nk === 'procedural') return undefined;
      if (who === 'i' && nk !== 'action' && nk !== 'assurance') return undefined;
    } else if (who === 'i') return undefined;
    if (governedByHedge(r, c)) return undefined;
    return hit(r, c, 'commitment', who, considerReplacement(r, next ?? c));
  }

  if (c.modality === 'present' && kind === 'assurance' && (who === 'council' || who === 'we' || who === 'i')) {
    // "We guarantee that the work will be finished …".
    return !governedByHedge(r, c) && assuredOutcome(r, c) ? hit(r, c, 'commitment', who, undefined) : undefined;
  }
  if (c.modality !== 'commit') return undefined;
  if (kind === 'procedural') {
    // "continue to fund": the complement carries the meaning.
    if (words(c.lemma)[0] === 'continue') {
      const next = r.clauses.find((g) => g.first > c.last && g.first <= c.last + 2);
      if (next && verbKind([activeTail(r.toks, next)], r.action) !== 'procedural' && (who === 'council' || who === 'we')) {
        return governedByHedge(r, c) ? undefined : hit(r, c, 'commitment', who, considerReplacement(r, next));
      }
    }
    return undefined;
  }
  if (governedByHedge(r, c)) return undefined;

  if (who === 'council' || who === 'we') {
    if (kind === 'assurance' && !assuredOutcome(r, c)) return undefined;
    return hit(r, c, 'commitment', who, c.passive ? whetherReplacement(r, c) : considerReplacement(r, c));
  }
  if (who === 'i') {
    return kind === 'action' || (kind === 'assurance' && assuredOutcome(r, c)) ? hit(r, c, 'commitment', 'i', considerReplacement(r, c)) : undefined;
  }
  if (who === 'you') {
    if (beneficiary(r, c)) return hit(r, c, 'commitment', 'you', whetherReplacement(r, c));
    // "your penalty charge notice will be cancelled" is read like any other passive below.
    if (!c.passive || !c.subject || /^you$/i.test(c.subject.text)) return undefined;
  }
  if (who === 'you' || who === 'other') {
    // "your fee will be waived", "the fence will be replaced by Friday": a passive promise of a specific outcome.
    if (!c.passive) return undefined;
    // "… will be met by the Council": the agent makes it the Council's promise.
    const agent = /^\s*by\s+(?:the\s+|our\s+)?([\p{L}']+)(?:\s+([\p{L}']+))?/iu.exec(r.text.slice(r.toks[c.last].end));
    const byCouncil = Boolean(agent && [agent[1], agent[2]].some((w) => w && COUNCIL_AGENTS.has(w.toLowerCase().replace(/'s$/, ''))));
    if (!r.specific && !byCouncil) return undefined;
    const outcome = PASSIVE_OUTCOMES.has(words(c.lemma)[0]) || (who === 'you' && BENEFIT.test(clauseText(r, c)));
    if (!outcome) return undefined;
    // "… will be decided by a Planning Inspector": someone else's act ("by Friday" is a date, not an agent).
    if (agent && !byCouncil && !TIME_WORD.test(agent[1])) return undefined;
    return hit(r, c, 'commitment', 'other', whetherReplacement(r, c));
  }
  return undefined;
}

function instructionIn(r: Reading, c: Clause, sentenceStartTok: number): Hit | undefined {
  const { toks } = r;
  const who = c.subject?.kind ?? 'none';
  const readerSide = who === 'you' || (who === 'other' && r.deadline);
  const tail = surfaceTail(toks, c);
  const active = activeTail(toks, c);

  // "you must remove …", "the hoarding must be removed by 30 January" (but not "you must be so frustrated").
  if (readerSide && c.aux.some((a) => INSTRUCTION_MODALS.has(a)) && !c.aux.some((a) => a === 'would' || a === 'could')) {
    const afterMust = c.aux.slice(c.aux.findIndex((a) => INSTRUCTION_MODALS.has(a)) + 1);
    const epistemic =
      (afterMust[0] === 'have' && (toks[c.main].tags.has('PastTense') || toks[c.main].tags.has('Participle'))) ||
      (BE.has(words(c.lemma)[0]) && longest(toks.slice(c.main + 1).map((t) => t.w), EPISTEMIC) > 0) ||
      (c.passive && longest([toks[c.main].w], EPISTEMIC) > 0) ||
      (afterMust.some((a) => BE.has(a)) && longest(toks.slice(c.main, c.main + 3).map((t) => t.w).filter((w) => w !== 'so' && w !== 'very'), EPISTEMIC) > 0);
    const advice = longest(active, ADVICE_AFTER_MUST) > 0;
    if (!epistemic && !advice) return hit(r, c, 'instruction', who === 'you' ? 'you' : 'other', urgeReplacement(r, c, 'modal'));
  }
  // "you are required / instructed to …", "your firm is required to …".
  if (readerSide && c.passive && longest(active, INSTRUCTION_PREDICATES) > 0 && !c.aux.some((a) => HEDGE_MODALS.has(a))) {
    const next = toks[c.last + 1]?.w;
    if (next === 'to' || toks.slice(c.first, c.last + 1).some((t) => t.w === 'hereby')) return hit(r, c, 'instruction', who === 'you' ? 'you' : 'other', urgeReplacement(r, c, 'predicate'));
  }
  // "I instruct you to …", "the Council requires you to …".
  if ((who === 'i' || who === 'we' || who === 'council') && !c.passive && (c.modality === 'present' || c.modality === 'commit') && !c.negative && longest(active, INSTRUCTION_PREDICATES) > 0 && /^(?:you|your)$/.test(toks[c.main + 1]?.w ?? '') && words(c.lemma)[0] !== 'expect' && words(c.lemma)[0] !== 'request') {
    return hit(r, c, 'instruction', who, undefined);
  }
  // "you will / need to remove the boards by Friday".
  if (who === 'you' && r.deadline && !c.negative && (c.modality === 'commit' || c.modality === 'present')) {
    const direct = longest(active, DIRECTIVE) > 0;
    const needTo = /^(?:need|have)$/.test(words(c.lemma)[0]) && toks[c.main + 1]?.w === 'to';
    const next = needTo ? r.clauses.find((g) => g.first === c.main + 2 || g.first === c.main + 3) : undefined;
    if ((c.modality === 'commit' && direct) || (next && longest(activeTail(toks, next), DIRECTIVE) > 0)) return hit(r, c, 'instruction', 'you', undefined);
  }
  // A bare imperative at the start of the sentence: "Stop all work …", "Remove the boards by Friday".
  if (c.first >= sentenceStartTok && (who === 'none' || c.subject?.end === c.first - 1 && !c.inheritedSubject) && (c.aux.length === 0 || c.aux.every((a) => a === 'do' || a === 'not')) && c.modality !== 'past') {
    const lead = toks.slice(sentenceStartTok, c.first);
    const onlyLead = lead.every((t) => POLITE.has(t.w) || t.tags.has('Adverb') || t.tags.has('Expression') || t.w === 'and' || t.w === 'not' || t.w === 'do' || t.w === '');
    if (onlyLead) {
      const polite = lead.some((t) => t.w === 'please' || t.w === 'kindly');
      const forbids = c.negative && longest(active, PROHIBITED) > 0;
      const directs = longest(active, DIRECTIVE) > longest(active, NOT_DIRECTIVE);
      if ((directs || forbids) && (!polite || r.deadline)) return hit(r, c, 'instruction', 'you', urgeReplacement(r, c, 'imperative'));
    }
  }
  void tail;
  return undefined;
}

function hit(r: Reading, c: Clause, kind: CommitmentKind, subject: CommitmentSubject, replacement: string | undefined): Hit {
  const s = c.subject && c.subject.kind !== 'none' && !c.inheritedSubject ? c.subject.start : c.first;
  let endTok = c.last;
  while (endTok + 1 < r.toks.length && r.toks[endTok + 1].tags.has('Particle')) endTok++;
  return { kind, subject, from: r.toks[s].start, to: r.toks[endTok].end, replacement };
}

// ---------------------------------------------------------------------------------------------
// Softer wording for the fix

function gerund(lemma: string): string {
  const [verb, ...rest] = lemma.split(' ');
  const doc = parse(`we ${verb}`);
  const conj = doc.verbs().conjugate()[0] as { Gerund?: string } | undefined;
  const g = conj?.Gerund && !conj.Gerund.includes(' ') ? conj.Gerund : naiveGerund(verb);
  return [g, ...rest].join(' ');
}

function naiveGerund(verb: string): string {
  if (/ie$/.test(verb)) return `${verb.slice(0, -2)}ying`;
  if (/[^aeiou]e$/.test(verb) && verb !== 'be') return `${verb.slice(0, -1)}ing`;
  return `${verb}ing`;
}

/** "The Council will repair" → "I have asked officers to consider repairing". */
function considerReplacement(r: Reading, c: Clause): string | undefined {
  if (c.passive) return whetherReplacement(r, c);
  return `I have asked officers to consider ${gerund(c.lemma)}`;
}

/** "your fee will be waived" → "I have asked officers whether your fee can be waived". */
function whetherReplacement(r: Reading, c: Clause): string | undefined {
  const subject = c.subject && c.subject.kind !== 'none' && !c.inheritedSubject ? c.subject.text : '';
  if (!subject) return undefined;
  const who = /^(?:you|i|we)$/i.test(subject) ? subject.toLowerCase() : subject.replace(/^The\b/, 'the').replace(/^Your\b/, 'your');
  const verbWords = r.text.slice(r.toks[c.main].start, r.toks[c.last].end);
  if (c.negative) return `I have asked officers to confirm whether ${who} will need to pay`;
  return c.passive ? `I have asked officers whether ${who} can be ${verbWords}` : `I have asked officers whether ${who} can ${words(c.lemma).join(' ')}`;
}

/** "You must remove" → "I would urge you to remove". */
function urgeReplacement(r: Reading, c: Clause, form: 'modal' | 'predicate' | 'imperative'): string | undefined {
  const subject = c.subject && c.subject.kind !== 'none' && !c.inheritedSubject ? c.subject.text : 'you';
  if (!/^(?:you|your\b)/i.test(subject)) return undefined;
  const who = subject.replace(/^You\b/, 'you').replace(/^Your\b/, 'your');
  if (form === 'predicate') return `I would urge ${who}`;
  if (c.negative) return undefined;
  return `I would urge ${who} to ${words(c.lemma).join(' ')}`;
}

// ---------------------------------------------------------------------------------------------
// Public API

interface SentenceFinding {
  readonly kind: CommitmentKind;
  readonly subject: CommitmentSubject;
  readonly specific: boolean;
  readonly evidence: string;
  readonly from: number;
  readonly to: number;
  readonly replacement?: string;
}

function actionEntries(extraTerms: readonly string[]): Entry[] {
  const single = extraTerms.map((t) => t.trim()).filter((t) => t && !/\s/.test(t));
  return single.length ? [...ACTION, ...entries(single)] : ACTION;
}

/**
 * Read one sentence. Returns its first commitment or instruction, or undefined. Exposed for tests
 * and for callers that already split their text.
 */
export function classifySentence(sentence: string, options: CommitmentOptions = {}): SentenceFinding | undefined {
  const extra = (options.extraTerms ?? []).filter((t) => typeof t === 'string' && t.trim());
  // Offsets into `sentence` are kept (no trimming or collapsing) so callers can map spans back.
  const text = sentence;
  if (!text.trim() || /\?\s*["')\]]?\s*$/.test(text)) return undefined;
  const candidate = extra.length ? candidateRegExp(extra) : BASE_CANDIDATE;
  if (!candidate.test(text)) return undefined;

  const r = read(text, options, actionEntries(extra));
  const found = (h: Hit): SentenceFinding => ({ kind: h.kind, subject: h.subject, specific: r.specific, evidence: flatten(text.slice(h.from, h.to)), from: h.from, to: h.to, replacement: h.replacement });

  const threat = THREAT.exec(text);
  if (threat) return { kind: 'instruction', subject: 'you', specific: r.specific, evidence: flatten(threat[0]), from: threat.index, to: threat.index + threat[0].length };
  const cond = CONDITION.exec(text);
  if (cond && CONSEQUENCE.test(text.slice(cond.index + cond[0].length))) {
    return { kind: 'instruction', subject: 'you', specific: r.specific, evidence: flatten(cond[0]), from: cond.index, to: cond.index + cond[0].length };
  }

  // Sentences compromise splits further ("… 7 days. Failure …") each have their own start.
  const starts = new Set<number>([0]);
  r.toks.forEach((t, i) => { if (i > 0 && /[.!?]/.test(r.toks[i - 1].post)) starts.add(i); });
  const startOf = (c: Clause) => Math.max(...[...starts].filter((s) => s <= c.first));

  for (const c of r.clauses) {
    const h = instructionIn(r, c, startOf(c)) ?? commitmentIn(r, c);
    if (h) return found(h);
  }
  // "The Council guarantees the fence will be up by June", "the Council has agreed to remove the tree":
  // the Council binding itself, which the clause reading can miss when the verb is not a future form.
  const bound = BINDING.exec(text);
  const boundFuture = bound && (!PAST_BINDING.test(bound[0]) || r.deadline || FUTURE_TIME.test(text) || CONFIRMED_BEFORE.test(text.slice(0, bound.index)));
  if (bound && boundFuture && !OPEN_ENDED_AFTER.test(text.slice(bound.index + bound[0].length)) && !UNBOUND_BEFORE.test(text.slice(0, bound.index))) {
    return { kind: 'commitment', subject: 'council', specific: r.specific, evidence: flatten(bound[0]), from: bound.index, to: bound.index + bound[0].length };
  }
  // A council's own multi-word cue ("at no cost to you"), unless negated or hedged.
  const phrases = extra.filter((t) => /\s/.test(t.trim()));
  if (phrases.length) {
    const m = phraseRegExp(phrases).exec(text);
    const before = m ? text.slice(0, m.index) : '';
    if (m && !/\b(?:not|never|no|n't|may|might|could|would|hope|whether|if)\b/i.test(before)) {
      return { kind: 'commitment', subject: 'council', specific: r.specific, evidence: flatten(m[0]), from: m.index, to: m.index + m[0].length };
    }
  }
  return undefined;
}

/**
 * Commitments the text makes for the Council ("the Council will refund…", "we will replace…",
 * "you will receive £…") and instructions it gives the reader on the Council's behalf ("you must…",
 * "you are required to…", "failure to comply will…"). Hedged, procedural, negated, past and
 * reported wording is not a commitment; neither is the writer's own advocacy ("I will raise this").
 *
 * Only sentences with a cheap lexical cue reach the parser, so the cost stays a few milliseconds.
 */
export function findCommitments(text: string, options: CommitmentOptions = {}): Commitment[] {
  const out: Commitment[] = [];
  for (const s of splitSentences(joinWrappedLines(text))) {
    if (LIST_ITEM.test(s.text) && !/\b(?:you|your)\b/i.test(s.text)) continue;
    const f = classifySentence(s.text, options);
    if (!f) continue;
    // Offsets are kept by the line joining, so the phrase is the writer's own characters.
    const phrase = text.slice(s.start + f.from, s.start + f.to);
    out.push({
      sentence: flatten(s.text),
      kind: f.kind,
      evidence: f.evidence,
      subject: f.subject,
      specific: f.specific,
      start: s.start,
      ...(f.replacement && flatten(phrase) === f.evidence ? { phrase, replacement: f.replacement } : {}),
    });
  }
  return out;
}

const flatten = (s: string) => s.replace(/\s+/g, ' ').trim();

/**
 * Join lines a mail client hard-wrapped, keeping every offset: a line break inside a paragraph
 * becomes one space when the line before is long and does not end a sentence.
 */
function joinWrappedLines(text: string): string {
  const lines = text.split('\n');
  let out = '';
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    out += line;
    if (i === lines.length - 1) break;
    const next = lines[i + 1];
    const continues = line.trim().length >= 40 && !/[.!?:]["')\]]?\s*$/.test(line) && next.trim() !== '' && !LIST_ITEM.test(next);
    out += continues ? ' ' : '\n';
  }
  return out;
}
export const __debug = { read, actionEntries, kindOf, verbKind, activeTail, surfaceTail, governedByHedge, assuredOutcome };
