import lexicon from './lexicon/personal-interest.json';
import { parse } from './nlp';
import { alternation, extraTermsRegExp, phraseRegExp, unwrapLines } from './phrases';
import { splitSentences } from './sentences';

/** A phrase showing the writer's own stake in the matter ("my garden", "my brother's application"). */
export interface InterestCue {
  readonly phrase: string;
  readonly sentence: string;
}

/** A declaration of interest, and its nature when the writer gave one. */
export interface InterestDeclaration {
  readonly phrase: string;
  /** The words that say what the interest is; absent when only its existence is declared. */
  readonly nature?: string;
}

export interface PersonalInterestReading {
  readonly cues: readonly InterestCue[];
  /** The first declaration found (a complete one is preferred). */
  readonly declaration?: InterestDeclaration;
}

const MODIFIER = `(?:(?!(?:${alternation(lexicon.notModifiers)})\\b)[a-z][a-z-]*\\s+)?`;
const NOT_OWNED_AFTER = `(?!\\s+${alternation(lexicon.notOwnership)}\\b)`;

const OWN_THING = new RegExp(
  `\\b(?:my\\s+${MODIFIER}${alternation(lexicon.ownThings)}|our\\s+(?:own\\s+|family\\s+)?${alternation(lexicon.sharedThings)})\\b${NOT_OWNED_AFTER}`,
  'gi',
);
const NEIGHBOUR = new RegExp(`\\b(?:my|our)\\s+${MODIFIER}${alternation(lexicon.neighbours)}\\b`, 'gi');
const RELATIVE = new RegExp(`\\b(?:my|our)\\s+${MODIFIER}(${alternation(lexicon.relatives)})(['’]s?)?(?=\\W|$)`, 'gi');
/** "a close friend of mine", "a cousin of ours": the same stake as "my friend". */
const RELATIVE_OF_MINE = new RegExp(`\\b(?:a|an|one)\\s+${MODIFIER}(${alternation(lexicon.relatives)})\\s+of\\s+(?:mine|ours)\\b`, 'gi');
const RESIDENCE = phraseRegExp(lexicon.residence, 'gi');
const MATTER = phraseRegExp(lexicon.matterWords);
const POSSESSED = phraseRegExp([...lexicon.matterWords, ...lexicon.possessedThings]);
const RELATIVE_WORD = phraseRegExp([...lexicon.relatives, ...lexicon.neighbours]);
const LINK_VERBS = new Set(lexicon.linkVerbs);

/** "the applicant is my brother", "the shop is run by my sister", "on behalf of my son". */
const RELATIVE_BY_ROLE = new RegExp(
  `(?:\\b(?:${alternation(lexicon.matterWords)}|owner|licensee|tenant|occupier|applicant)\\b[^.?!]{0,30}\\b(?:is|was|are|belongs\\s+to|owned\\s+by|run\\s+by|submitted\\s+by|made\\s+by)\\s+(?:[a-z]+\\s+){0,2}$|on\\s+behalf\\s+of\\s+$)`,
  'i',
);

const NEGATED_BEFORE = /\b(?:not|never|no|n['’]t|nothing\s+to\s+do\s+with|unrelated\s+to)\b[^.?!]{0,20}$/i;

const DECLARATION = new RegExp(
  [
    `\\b(?:${alternation(lexicon.declarationCues)})\\b[^.?!]{0,60}?\\b(?:${alternation(lexicon.interestWords)})`,
    // "I have a personal interest", not "I have a keen interest in seeing this fixed"
    `\\b(?:I|we)\\s+(?:have|hold|may\\s+have|might\\s+have|should\\s+say\\s+I\\s+have)\\s+(?:a|an)\\s+(?:${alternation(lexicon.interestKinds)}\\s+)?(?:${alternation(lexicon.interestWords)})\\b(?!\\s+in\\s+\\w+ing\\b)`,
    `\\b(?:for\\s+transparency|in\\s+the\\s+interests?\\s+of\\s+(?:transparency|openness)|for\\s+the\\s+record)\\b`,
    // "I should declare that the applicant is my cousin": a declaration that states the relationship itself
    `\\b(?:declare|disclose|make\\s+clear|point\\s+out)\\s+that\\b`,
  ].join('|'),
  'i',
);
/** What follows the declared interest and explains it: "…interest: the application is my brother's". */
const NATURE_AFTER = /^[^.?!]*?(?::|;|\s[-–—]\s|\bas\b|\bbecause\b|\bsince\b|\bin\s+that\b|\bgiven\s+that\b|\bwhich\s+is\s+that\b|\(\s*)\s*((?:\S+\s+){2,}\S+)/i;

/** Quick test before any real work: can this sentence hold a cue or a declaration at all? */
const PREFILTER = new RegExp(`\\b(?:my|our|mine|ours|interest|declare|disclos\\w*|transparency|record)\\b|${RESIDENCE.source}`, 'i');

function mayHoldCue(sentence: string, extra: RegExp | undefined): boolean {
  return PREFILTER.test(sentence) || Boolean(extra?.test(sentence));
}

/**
 * Read the new text for signs of a personal interest and for a declaration of it. Cheap regular
 * expressions find candidates; compromise is asked only whether a family member or friend is the one
 * applying, owning or running something ("my daughter has applied").
 */
export function readPersonalInterest(text: string, extraTerms?: readonly string[]): PersonalInterestReading {
  const extra = extraTermsRegExp(extraTerms);
  const sentences = splitSentences(unwrapLines(text)).map((s) => s.text);
  const cues: InterestCue[] = [];
  const perSentence: InterestCue[][] = [];
  for (const sentence of sentences) {
    const found = mayHoldCue(sentence, extra) ? cuesIn(sentence, extra) : [];
    perSentence.push(found);
    cues.push(...found);
  }
  let declaration: InterestDeclaration | undefined;
  sentences.forEach((sentence, i) => {
    if (declaration?.nature) return;
    const m = DECLARATION.exec(sentence);
    if (!m || asksAboutDeclaring(sentence, m.index)) return;
    const found: InterestDeclaration = { phrase: sentence, nature: natureOf(sentence, m, perSentence[i], sentences[i + 1], perSentence[i + 1]) };
    if (!declaration || found.nature) declaration = found;
  });
  return { cues, declaration };
}

/** "Do I need to declare an interest?" asks about declaring; it declares nothing. */
function asksAboutDeclaring(sentence: string, at: number): boolean {
  // Only the clause holding the declaration counts: a question after it ("… my brother's. When is it due?") is separate.
  // A colon ends the declaration: "For transparency, this is my own home: is the discount applied?"
  const end = /[.?!:]/.exec(sentence.slice(at));
  return end?.[0] === '?' || /\b(?:whether|if|do\s+I|should\s+I|must\s+I|need\s+to|have\s+to|ought\s+to|how\s+to|when\s+to)\b[^.?!]{0,30}$/i.test(sentence.slice(0, at));
}

function natureOf(
  sentence: string,
  m: RegExpExecArray,
  ownCues: readonly InterestCue[],
  next: string | undefined,
  nextCues: readonly InterestCue[] | undefined,
): string | undefined {
  if (ownCues.length) return ownCues[0].phrase;
  const after = sentence.slice(m.index + m[0].length);
  // A family member or neighbour named in the declaration itself ("…as the applicant is a close friend").
  const rel = RELATIVE_WORD.exec(after);
  if (rel) return after.trim();
  const explained = NATURE_AFTER.exec(after);
  if (explained) return explained[1].trim();
  if (/:\s*$/.test(sentence) && next) return next;
  if (nextCues?.length) return nextCues[0].phrase;
  return undefined;
}

/** "at my house", "round to my home": a place something happens, when the sentence names a gathering. */
const AT_PLACE = /\b(?:at|to|round|over)\s+$/i;
const GATHERING = phraseRegExp(lexicon.venueEvents);

function isVenue(sentence: string, index: number): boolean {
  return AT_PLACE.test(sentence.slice(Math.max(0, index - 12), index)) && GATHERING.test(sentence);
}

function cuesIn(sentence: string, extra: RegExp | undefined): InterestCue[] {
  const out: InterestCue[] = [];
  const add = (phrase: string, index: number) => {
    if (NEGATED_BEFORE.test(sentence.slice(Math.max(0, index - 30), index))) return;
    out.push({ phrase: phrase.trim(), sentence });
  };
  for (const re of [OWN_THING, NEIGHBOUR, RESIDENCE]) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(sentence)) !== null) {
      // The group meeting "at my house" is hosted there; the request is not about the house.
      if (re === OWN_THING && isVenue(sentence, m.index)) continue;
      add(m[0], m.index);
    }
  }
  let m: RegExpExecArray | null;
  for (const re of [RELATIVE, RELATIVE_OF_MINE]) {
    re.lastIndex = 0;
    while ((m = re.exec(sentence)) !== null) {
      if (relativeHasStake(sentence, m)) add(possessedPhrase(sentence, m), m.index);
    }
  }
  if (extra) {
    const e = extra.exec(sentence);
    if (e) add(e[0], e.index);
  }
  return out;
}

/** "my son's licence application" → the possessive and the matter after it; otherwise the match itself. */
function possessedPhrase(sentence: string, m: RegExpExecArray): string {
  if (!m[2]) return m[0];
  const words = /^\s*((?:[a-z-]+\s+){0,2}[a-z-]+)/i.exec(sentence.slice(m.index + m[0].length))?.[1].split(/\s+/) ?? [];
  let keep = 0;
  words.forEach((w, i) => {
    if (POSSESSED.test(w)) keep = i + 1;
  });
  return keep ? `${m[0]} ${words.slice(0, keep).join(' ')}` : m[0];
}

interface VerbJson {
  readonly text?: string;
  readonly verb?: { readonly infinitive?: string };
}

/**
 * A relative or friend counts only when they have a stake in the matter: it is theirs ("my son's
 * licence"), they are its applicant or owner ("the applicant is my sister"), or they do the applying,
 * owning or running ("my daughter has applied"). Merely mentioning family does not.
 */
function relativeHasStake(sentence: string, m: RegExpExecArray): boolean {
  const before = sentence.slice(0, m.index);
  const after = sentence.slice(m.index + m[0].length);
  if (m[2]) {
    // Possessive: the thing possessed must be a matter ("my brother's application"), or nothing ("is my brother's").
    const next = /^\s*((?:[a-z-]+\s+){0,2}[a-z-]+)?/i.exec(after)?.[1] ?? '';
    if (!next || POSSESSED.test(next) || /^\s*[.,;:!?)]/.test(after)) return true;
  }
  // "My partner and I have applied …": the writer shares the stake.
  if (/^\s+and\s+I\b/i.test(after) && MATTER.test(after)) return true;
  if (RELATIVE_BY_ROLE.test(before)) return true;
  if (!MATTER.test(sentence)) return false;
  // Does the relative do a stake-bearing verb? compromise lemmatises "has applied", "runs", "is applying";
  // the verb phrase must follow the relative directly (an adverb aside).
  const verbs = parse(sentence).verbs().json() as VerbJson[];
  const rest = after.toLowerCase();
  return verbs.some((v) => {
    const phrase = (v.text ?? '').toLowerCase().replace(/[^\p{L}\s'’-]+$/u, '').trim();
    const at = phrase ? rest.indexOf(phrase) : -1;
    if (at < 0 || !/^\s*(?:[a-z]+ly\s+)?$/.test(rest.slice(0, at))) return false;
    return (v.verb?.infinitive ?? '').toLowerCase().split(/\s+/).some((w) => LINK_VERBS.has(w));
  });
}
