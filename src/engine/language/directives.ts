import lexicon from './lexicon/pressure.json';
import { HEDGE, POLITE, allMatches, isPoliteOrQuestion, maskQuoted, matchCase, negatedBefore, sentencesOf } from './clauses';
import { parse } from './nlp';
import { alternation, extraTermsRegExp, flattenSpace, phraseRegExp } from './phrases';

/**
 * Reading a councillor's words to an officer for direction or pressure (RULES.md
 * `pressure-on-officer`). Which sentences count is decided by mood and politeness: a strong order
 * ("I insist", "you must") counts however it is dressed; a weaker one ("make sure you", a bare
 * imperative with a deadline) only when nothing in the sentence asks politely; threats and requests
 * to act outside duties count whenever they are not negated. Words in quotation marks are someone
 * else's and never count.
 */

export type PressureKind = 'order' | 'advice-change' | 'threat' | 'outside-duties' | 'council-term';

export interface PressureHit {
  readonly kind: PressureKind;
  /** The words as written, for evidence. */
  readonly phrase: string;
  /** The exact stretch a fix replaces, when it differs from `phrase`. */
  readonly fixPhrase?: string;
  /** Courteous wording for the fix phrase; empty means "remove it"; absent means no phrase-level fix. */
  readonly replacement?: string;
  /** For `advice-change`: the words asking for the change ("change your recommendation"). */
  readonly advice?: string;
  readonly sentence: string;
}

interface Cue {
  readonly cue: string;
  readonly replacement: string;
}

const cueMap = (cues: readonly Cue[]) => new Map(cues.map((c) => [normalise(c.cue), c.replacement]));
const normalise = (s: string) => flattenSpace(s).toLowerCase().replace(/’/g, "'");

const ORDERS = phraseRegExp(lexicon.orders.map((c) => c.cue));
const ORDER_REPLACEMENTS = cueMap(lexicon.orders);
const WEAK = phraseRegExp(lexicon.weakOrders.map((c) => c.cue));
const WEAK_REPLACEMENTS = cueMap(lexicon.weakOrders);
const REASSURANCE = phraseRegExp(lexicon.reassurance);
const NOT_AFTER_MUST = new RegExp(`^\\s*(?:not\\s+)?${alternation(lexicon.notAfterYouMust)}\\b`, 'i');
const NOT_AFTER_WEAK = new RegExp(`^\\s*${alternation(lexicon.notAfterWeakOrder)}\\b`, 'i');
const CONDITIONAL_BEFORE = /\b(?:if|whether|unless|when|do|does|may|might|as)\s*$/i;

const ADVICE = new RegExp(
  `\\b${alternation(lexicon.adviceVerbs)}\\s+${alternation(lexicon.adviceObjects)}\\b|\\b(?:want|expect|need|insist\\s+on)\\s+${alternation(lexicon.adviceObjects)}\\s+(?:to\\s+be\\s+)?${alternation(lexicon.adviceParticiples)}\\b`,
  'i',
);
const ASKING_FRAME = phraseRegExp(lexicon.askingFrames);

const OUTSIDE = phraseRegExp(lexicon.outsideDuties);
type OutsideKind = keyof typeof lexicon.outsideReplacements;
const OUTSIDE_REPLACEMENTS: Readonly<Record<OutsideKind, string>> = lexicon.outsideReplacements;
const WORDS = (n: number) => `(?:[\\w'’-]+\\s+){0,${n}}?`;
const QUEUE_TARGET = `(?:the|a|their|his|her|your|its)\\s+${WORDS(2)}${alternation(lexicon.queueTargets)}`;
/** Ways of asking for someone to be moved ahead of others, built from word families rather than fixed sentences. */
const OUTSIDE_PATTERNS: readonly (readonly [RegExp, OutsideKind])[] = [
  // "get my constituent moved to the top of the housing list", "bump them up the register"
  [new RegExp(
    `\\b${alternation(lexicon.queueMoves)}\\s+${WORDS(4)}(?:moved\\s+|bumped\\s+|pushed\\s+|put\\s+)?(?:up\\s+${QUEUE_TARGET}|to\\s+the\\s+(?:top|front|head)\\s+of\\s+${QUEUE_TARGET})`,
    'gi',
  ), 'queue'],
  // "run a quick check on the people at number 14", "do some checks into my neighbour"
  [new RegExp(
    `\\b${alternation(lexicon.checkVerbs)}\\s+(?:(?:a|an|some|the)\\s+)?${WORDS(2)}${alternation(lexicon.checkNouns)}\\s+(?:on|into|up\\s+on)\\s+${WORDS(3)}${alternation(lexicon.personTargets)}\\b`,
    'gi',
  ), 'check'],
  [new RegExp(`\\bcheck(?:ing)?\\s+up\\s+on\\s+${WORDS(2)}${alternation(lexicon.personTargets)}\\b`, 'gi'), 'check'],
  // "let me have her home address", "tell me who complained", "the complainant's name"
  [new RegExp(
    `\\b(?:tell\\s+me|give\\s+me|send\\s+me|let\\s+me\\s+(?:know|have)|pass\\s+me|find\\s+out|look\\s+up)\\s+${WORDS(1)}${alternation(lexicon.thirdParties)}\\s+${alternation(lexicon.privateDetails)}\\b`,
    'gi',
  ), 'disclosure'],
  [new RegExp(
    `\\b(?:tell\\s+me|let\\s+me\\s+know|find\\s+out|give\\s+me|confirm)\\s+${WORDS(2)}(?:who\\s+(?:complained|objected|made\\s+the\\s+(?:complaint|report|allegation))|where\\s+(?:he|she|they)\\s+lives?)\\b`,
    'gi',
  ), 'disclosure'],
  [new RegExp(`\\b(?:name|identity|details)\\s+of\\s+the\\s+${alternation(lexicon.complainantWords)}\\b|\\bthe\\s+${alternation(lexicon.complainantWords)}['’]s?\\s+(?:name|identity|details)\\b`, 'gi'), 'disclosure'],
  // "bypass the usual assessment", "get round the normal process"
  [new RegExp(`\\b${alternation(lexicon.bypassVerbs)}\\s+(?:the|your|our|all\\s+the|any)\\s+${WORDS(2)}${alternation(lexicon.processNouns)}\\b`, 'gi'), 'favour'],
  // "I've told her I'd sort it", "I have promised the family you will approve it"
  [new RegExp(
    `\\bI(?:['’]ve|\\s+have)?\\s+(?:already\\s+)?${alternation(lexicon.promiseVerbs)}\\s+${alternation(lexicon.promiseObjects)}\\s+(?:that\\s+)?(?:I|you|we|it|this|officers|the\\s+council)(?:['’]d|['’]ll|\\s+would|\\s+will)\\s+(?:be\\s+)?(?:${alternation(lexicon.sortVerbs)}|sorted|fixed|approved|done|dealt\\s+with)\\b(?:\\s+(?:it|this|that|things|them)(?:\\s+out)?\\b)?`,
    'gi',
  ), 'promise'],
];
const THREAT_ACT = phraseRegExp(lexicon.threatActs);
/** "raising your conduct", "report your team's handling", "question the officer's competence". */
const THREAT_CONDUCT = new RegExp(
  `\\b${alternation(lexicon.threatVerbs)}\\s+${alternation(lexicon.conductOwners)}\\s+(?:${WORDS(1)})?${alternation(lexicon.conductNouns)}\\b`,
  'i',
);
const STANDALONE_THREAT = phraseRegExp(lexicon.standaloneThreats);
const PUBLIC_FORUM = phraseRegExp(lexicon.publicForums);
const ESCALATE = phraseRegExp(lexicon.escalationVerbs);
/** First person about to act: "I will", "I'll be", "we shall", "I am going to". */
const FUTURE_SELF = /\b(?:i|we)(?:\s+will|['’]ll|\s+shall|\s+am\s+going\s+to|['’]m\s+going\s+to|\s+are\s+going\s+to|['’]re\s+going\s+to|\s+would\s+have\s+no\s+choice\s+but\s+to)\b/gi;
const CONNECTOR_BEFORE = /(?:,\s*|\s+)(?:or(?:\s+else)?|otherwise|and|failing\s+(?:that|which))\s*$/i;
const CONDITION_OPENER = /^\s*(?:if|unless|should|until)\b/i;

const URGENCY = phraseRegExp(lexicon.urgency);
const DIRECTIVE_VERB = new RegExp(`^(?:just\\s+|now\\s+|so\\s+)?(${alternation(lexicon.directiveVerbs)})\\b`, 'i');
const EXPECT_DONE = new RegExp(
  `\\bI\\s+(?:expect|want|need)\\s+(?:this|it|that|them|the\\s+[^.,;!?]{1,60}?|my\\s+[^.,;!?]{1,40}?)\\s+(?:to\\s+be\\s+)?${alternation(lexicon.doneWords)}\\b`,
  'i',
);

const CUE_STOP_WORDS = new Set(
  ['i', "i'm", "i've", "i'll", 'you', "you're", 'your', 'me', 'my', 'we', 'am', 'is', 'are', 'be', 'the', 'a', 'an', 'to', 'that', 'do', 'make', 'get', 'put', 'take', 'go', 'going', 'have', 'has', 'will', 'on', 'of', 'in', 'at', 'for', 'it', 'this', 'up'],
);

/** The first telling word of every cue phrase and verb family, so the prefilter never hides a lexicon entry. */
const FIRST_WORDS = new RegExp(
  `\\b${alternation([
    ...[...lexicon.orders, ...lexicon.weakOrders].map((c) => c.cue),
    ...lexicon.outsideDuties,
    ...lexicon.threatActs,
    ...lexicon.standaloneThreats,
    ...lexicon.adviceVerbs,
    ...lexicon.directiveVerbs,
    ...lexicon.bypassVerbs,
    ...lexicon.queueMoves,
    ...lexicon.checkVerbs,
    ...lexicon.threatVerbs,
    ...lexicon.askingFrames,
  ]
    .map((p) => p.trim().toLowerCase().split(/\s+/).find((w) => !CUE_STOP_WORDS.has(w.replace(/’/g, "'"))))
    .filter((w): w is string => Boolean(w)))}\\b`,
  'i',
);

/** Cheap test: could this sentence hold any cue at all? */
const CANDIDATE =
  /\b(?:insist|demand|instruct|requir|expect|must|need|have\s+to|are\s+to|make\s+sure|want|recommend|report|advice|will\b|['’]ll\b|shall\b|going\s+to|favour|queue|list|register|check|blind|rules|told|promis|system|manager|today|tonight|immediately|now\b|return|close|end\b|tomorrow|delay|asap|afternoon|morning|first\s+thing|by\b|job|consequence|regret|solicitor|shame|search|address|phone|mobile|details|complain|objector|caller|ahead|priorit|fast|top\b|front\b|assur|guarant|identity|name\b)/i;

/**
 * Every sentence of `text` that directs or pressures its reader, at most one hit per sentence (the
 * most serious: threat, then outside duties, then an order). `extraTerms` are a council's own cue
 * phrases (policy.extraTerms), treated like requests to act outside duties.
 */
export function findPressure(text: string, extraTerms?: readonly string[]): PressureHit[] {
  const extra = extraTermsRegExp(extraTerms);
  const hits: PressureHit[] = [];
  for (const { text: raw } of sentencesOf(text)) {
    const sentence = maskQuoted(raw);
    if (!CANDIDATE.test(sentence) && !FIRST_WORDS.test(sentence) && !extra?.test(sentence)) continue;
    const hit =
      threatIn(raw, sentence) ??
      withReplacement(fixedCueIn(raw, sentence, OUTSIDE, 'outside-duties'), OUTSIDE_REPLACEMENTS.favour) ??
      OUTSIDE_PATTERNS.reduce<PressureHit | undefined>(
        (found, [re, kind]) => found ?? withReplacement(askedOfReader(sentence, fixedCueIn(raw, sentence, re, 'outside-duties')), OUTSIDE_REPLACEMENTS[kind]),
        undefined,
      ) ??
      (extra ? withReplacement(fixedCueIn(raw, sentence, extra, 'council-term'), OUTSIDE_REPLACEMENTS.other) : undefined) ??
      orderIn(raw, sentence) ??
      weakOrderIn(raw, sentence) ??
      adviceChangeIn(raw, sentence) ??
      bareImperativeIn(raw, sentence);
    if (hit) hits.push(hit);
  }
  return hits;
}

function orderIn(raw: string, sentence: string): PressureHit | undefined {
  for (const m of allMatches(ORDERS, sentence)) {
    if (dismissed(sentence, m.index, m[0])) continue;
    const after = sentence.slice(m.index + m[0].length);
    if (/\bmust\b/i.test(m[0]) && !/\bnot\b|n['’]t/i.test(m[0]) && NOT_AFTER_MUST.test(after)) continue;
    const phrase = raw.slice(m.index, m.index + m[0].length);
    return { ...adviceOf(raw, sentence), phrase, replacement: matchCase(phrase, ORDER_REPLACEMENTS.get(normalise(m[0])) ?? ''), sentence: raw };
  }
  return undefined;
}

function weakOrderIn(raw: string, sentence: string): PressureHit | undefined {
  if (isPoliteOrQuestion(sentence) || HEDGE.test(sentence)) return undefined;
  for (const m of allMatches(WEAK, sentence)) {
    if (dismissed(sentence, m.index, m[0])) continue;
    if (NOT_AFTER_WEAK.test(sentence.slice(m.index + m[0].length))) continue;
    const phrase = raw.slice(m.index, m.index + m[0].length);
    return { ...adviceOf(raw, sentence), phrase, replacement: matchCase(phrase, WEAK_REPLACEMENTS.get(normalise(m[0])) ?? ''), sentence: raw };
  }
  const expect = EXPECT_DONE.exec(sentence);
  if (expect && URGENCY.test(sentence) && !negatedBefore(sentence, expect.index)) {
    const verb = /^I\s+\w+/i.exec(expect[0])![0];
    return { kind: 'order', phrase: raw.slice(expect.index, expect.index + verb.length), replacement: 'I would like to see', sentence: raw };
  }
  return undefined;
}

/** An order that also demands a change of professional advice is reported as such. */
function adviceOf(raw: string, sentence: string): { kind: PressureKind; advice?: string } {
  const m = ADVICE.exec(sentence);
  return m ? { kind: 'advice-change', advice: raw.slice(m.index, m.index + m[0].length) } : { kind: 'order' };
}

/** "Change your recommendation", "I am asking you to withdraw your report": a demand, unless asked politely. */
function adviceChangeIn(raw: string, sentence: string): PressureHit | undefined {
  const m = ADVICE.exec(sentence);
  if (!m || negatedBefore(sentence, m.index)) return undefined;
  const before = sentence.slice(0, m.index);
  // A bare "please" before the imperative ("Please withdraw your objection") is still a demand
  // that the advice change; "could you reconsider…?" is a request and does not count.
  const imperative = /^\s*(?:please\s+|kindly\s+)?(?:just\s+|now\s+|so\s+)?$/i.test(before);
  const rest = imperative ? sentence.slice(0, m.index).replace(/\b(?:please|kindly)\b/gi, '') + sentence.slice(m.index) : sentence;
  if (isPoliteOrQuestion(rest)) return undefined;
  const framed = ASKING_FRAME.test(before) || /^(?:want|expect|need|insist)/i.test(m[0]);
  if (!imperative && !framed) return undefined;
  const phrase = raw.slice(m.index, m.index + m[0].length);
  return {
    kind: 'advice-change',
    phrase,
    advice: phrase,
    replacement: imperative
      ? `${/\b(?:please|kindly)\b/i.test(before) ? 'could you' : 'Please could you'} consider whether to ${phrase[0].toLowerCase()}${phrase.slice(1)}`
      : framedReplacement(phrase),
    sentence: raw,
  };
}

const ADVICE_OBJECT = phraseRegExp(lexicon.adviceObjects);

/** "want your report withdrawn" → "would be grateful if you could look again at your report"; an asked-for verb → "consider whether to …". */
function framedReplacement(phrase: string): string {
  if (/^(?:want|expect|need|insist)/i.test(phrase)) {
    const object = ADVICE_OBJECT.exec(phrase)?.[0];
    return object ? `${lexicon.adviceReplacement} ${object}` : '';
  }
  return `consider whether to ${phrase[0].toLowerCase()}${phrase.slice(1)}`;
}

/** A threat: the writer will escalate against the officer personally or in public if not obeyed. */
function threatIn(raw: string, sentence: string): PressureHit | undefined {
  const standalone = fixedCueIn(raw, sentence, STANDALONE_THREAT, 'threat');
  if (standalone) return { ...standalone, replacement: '' };
  for (const f of allMatches(FUTURE_SELF, sentence)) {
    const rest = sentence.slice(f.index);
    const connector = CONNECTOR_BEFORE.exec(sentence.slice(0, f.index));
    const conditional = Boolean(connector) || CONDITION_OPENER.test(sentence) || /\b(?:if|unless)\b/i.test(sentence);
    const act = THREAT_ACT.exec(rest) ?? THREAT_CONDUCT.exec(rest);
    const forum = PUBLIC_FORUM.exec(rest);
    // Taking a matter to full council or the press is ordinary politics unless it is held over the officer.
    const escalates = forum && conditional && ESCALATE.test(rest.slice(0, forum.index));
    const target = act ?? (escalates ? forum : null);
    if (!target) continue;
    if (/\b(?:not|never)\b|n['’]t\b/i.test(rest.slice(0, target.index))) continue;
    // "If this is not sorted, I will…": a negation inside the condition does not cancel the threat.
    if (!/\b(?:if|unless)\b/i.test(sentence.slice(0, f.index)) && negatedBefore(sentence, f.index, 2)) continue;
    const start = connector ? connector.index : CONDITION_OPENER.test(sentence) ? 0 : f.index;
    // Removing the threat takes its connector (", or …") with it; the evidence starts at the words.
    const fixPhrase = raw.slice(start).replace(/\s+$/, '');
    const phrase = fixPhrase.replace(/^[\s,;]*(?:or(?:\s+else)?|otherwise|and|failing\s+(?:that|which))?[\s,]*/i, '').replace(/[.!]+$/, '');
    return { kind: 'threat', phrase, fixPhrase: start === 0 ? fixPhrase : fixPhrase.replace(/[.!]+$/, ''), replacement: '', sentence: raw };
  }
  return undefined;
}

/**
 * Give a hit its courteous rewording. An empty replacement removes the phrase, and then the
 * punctuation that joined it to the rest of the sentence goes too ("As a favour, could you…").
 */
function withReplacement(hit: PressureHit | undefined, replacement: string): PressureHit | undefined {
  if (!hit) return undefined;
  if (replacement) return { ...hit, replacement: matchCase(hit.phrase, replacement) };
  const at = hit.sentence.indexOf(hit.phrase);
  const trailing = at >= 0 ? (/^[,;:]?[ \t]*/.exec(hit.sentence.slice(at + hit.phrase.length))?.[0] ?? '') : '';
  return { ...hit, fixPhrase: hit.phrase + trailing, replacement: '' };
}

/**
 * Keep a pattern hit only when the reader is being asked to do it: an imperative, a request
 * ("could you…", "please…") or a sentence addressed to "you". "The developer will bypass the
 * process" describes someone else.
 */
function askedOfReader(sentence: string, hit: PressureHit | undefined): PressureHit | undefined {
  if (!hit) return undefined;
  const at = sentence.indexOf(hit.phrase);
  const before = at >= 0 ? sentence.slice(0, at) : sentence;
  if (/^\s*(?:(?:and|so|just|please|kindly|now)\s+)*$/i.test(before)) return hit;
  if (POLITE.test(sentence) || /\b(?:you|your\s+(?:team|officers|staff|department|colleagues)|someone|somebody)\b/i.test(before)) return hit;
  return undefined;
}

/** The writer offering to do it themselves: "I can pass on…", "I'll find out…". */
const SELF_OFFER_BEFORE = /\b(?:I|we)(?:\s+(?:can|could|will|shall|am\s+happy\s+to|would\s+be\s+happy\s+to)|['’]ll|['’]m\s+happy\s+to)\s+(?:\w+\s+)?$/i;

function fixedCueIn(raw: string, sentence: string, re: RegExp, kind: PressureKind): PressureHit | undefined {
  for (const m of allMatches(re, sentence)) {
    if (dismissed(sentence, m.index, m[0])) continue;
    if (kind === 'outside-duties' && SELF_OFFER_BEFORE.test(sentence.slice(0, m.index))) continue;
    return { kind, phrase: raw.slice(m.index, m.index + m[0].length), sentence: raw };
  }
  return undefined;
}

/**
 * "Send me the revised report by Friday.": a sentence that opens with a directive verb in the
 * imperative, sets a deadline and asks nothing politely. compromise confirms the opening word is
 * a verb (so "Clear skies today" or "Change is needed now" do not count).
 */
function bareImperativeIn(raw: string, sentence: string): PressureHit | undefined {
  const verb = DIRECTIVE_VERB.exec(sentence.trimStart());
  if (!verb || !URGENCY.test(sentence) || isPoliteOrQuestion(sentence) || HEDGE.test(sentence)) return undefined;
  const lead = sentence.length - sentence.trimStart().length;
  const doc = parse(sentence.trim());
  const word = doc.terms().eq(verb[0].trim().split(/\s+/).length - 1);
  if (!word.has('#Imperative') && !word.has('#Infinitive')) return undefined;
  const start = lead + verb[0].length - verb[1].length;
  const fixPhrase = raw.slice(start, start + verb[1].length);
  const phrase = raw.slice(lead).split(/\s+/).slice(0, 8).join(' ').replace(/[.!]+$/, '');
  return { kind: 'order', phrase, fixPhrase, replacement: `${start === lead ? 'Please could you' : 'please could you'} ${fixPhrase.toLowerCase()}`, sentence: raw };
}

/** A cue that is negated, reassuring, conditional or a question about the reader's own choice. */
function dismissed(sentence: string, index: number, cue: string): boolean {
  if (negatedBefore(sentence, index, 3)) return true;
  if (CONDITIONAL_BEFORE.test(sentence.slice(0, index))) return true;
  for (const r of allMatches(REASSURANCE, sentence)) {
    if (r.index <= index + cue.length && r.index + r[0].length >= index - 2) return true;
  }
  return false;
}
