import lexicon from './lexicon/pressure.json';
import { HEDGE, allMatches, isPoliteOrQuestion, maskQuoted, matchCase, negatedBefore, sentencesOf } from './clauses';
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
const THREAT_ACT = phraseRegExp(lexicon.threatActs);
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

/** Cheap test: could this sentence hold any cue at all? */
const CANDIDATE =
  /\b(?:insist|demand|instruct|requir|expect|must|need|have\s+to|are\s+to|make\s+sure|want|recommend|report|advice|will\b|['’]ll\b|shall\b|going\s+to|favour|queue|list|register|check|blind|rules|told|promis|system|manager|today|tonight|immediately|now\b|return|close|end\b|tomorrow|delay|asap|afternoon|morning|first\s+thing|by\b|job|consequence|regret|solicitor|shame)/i;

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
    if (!CANDIDATE.test(sentence) && !extra?.test(sentence)) continue;
    const hit =
      threatIn(raw, sentence) ??
      fixedCueIn(raw, sentence, OUTSIDE, 'outside-duties') ??
      (extra ? fixedCueIn(raw, sentence, extra, 'council-term') : undefined) ??
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
  if (!m || isPoliteOrQuestion(sentence) || negatedBefore(sentence, m.index)) return undefined;
  const before = sentence.slice(0, m.index);
  const imperative = /^\s*(?:just\s+|now\s+|so\s+)?$/i.test(before);
  const framed = ASKING_FRAME.test(before) || /^(?:want|expect|need|insist)/i.test(m[0]);
  if (!imperative && !framed) return undefined;
  const phrase = raw.slice(m.index, m.index + m[0].length);
  return {
    kind: 'advice-change',
    phrase,
    advice: phrase,
    replacement: imperative ? `Please could you consider whether to ${phrase[0].toLowerCase()}${phrase.slice(1)}` : undefined,
    sentence: raw,
  };
}

/** A threat: the writer will escalate against the officer personally or in public if not obeyed. */
function threatIn(raw: string, sentence: string): PressureHit | undefined {
  const standalone = fixedCueIn(raw, sentence, STANDALONE_THREAT, 'threat');
  if (standalone) return { ...standalone, replacement: '' };
  for (const f of allMatches(FUTURE_SELF, sentence)) {
    const rest = sentence.slice(f.index);
    const connector = CONNECTOR_BEFORE.exec(sentence.slice(0, f.index));
    const conditional = Boolean(connector) || CONDITION_OPENER.test(sentence) || /\b(?:if|unless)\b/i.test(sentence);
    const act = THREAT_ACT.exec(rest);
    const forum = PUBLIC_FORUM.exec(rest);
    // Taking a matter to full council or the press is ordinary politics unless it is held over the officer.
    const escalates = forum && conditional && ESCALATE.test(rest.slice(0, forum.index));
    const target = act ?? (escalates ? forum : null);
    if (!target) continue;
    if (/\b(?:not|never)\b|n['’]t\b/i.test(rest.slice(0, target.index))) continue;
    if (negatedBefore(sentence, f.index, 2)) continue;
    const start = connector ? connector.index : CONDITION_OPENER.test(sentence) ? 0 : f.index;
    // Removing the threat takes its connector (", or …") with it; the evidence starts at the words.
    const fixPhrase = raw.slice(start).replace(/\s+$/, '');
    const phrase = fixPhrase.replace(/^[\s,;]*(?:or(?:\s+else)?|otherwise|and|failing\s+(?:that|which))?[\s,]*/i, '').replace(/[.!]+$/, '');
    return { kind: 'threat', phrase, fixPhrase: start === 0 ? fixPhrase : fixPhrase.replace(/[.!]+$/, ''), replacement: '', sentence: raw };
  }
  return undefined;
}

function fixedCueIn(raw: string, sentence: string, re: RegExp, kind: PressureKind): PressureHit | undefined {
  for (const m of allMatches(re, sentence)) {
    if (dismissed(sentence, m.index, m[0])) continue;
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
