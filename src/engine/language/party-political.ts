import lexicon from './lexicon/party-political.json';
import { parse } from './nlp';
import { alternation, bodyBeforeSignOff, unwrapLines } from './phrases';
import { isRequestSentence } from './request';
import { splitSentences } from './sentences';

/** A request that draws an officer into party politics. */
export interface PartyRequest {
  /** Attending a party or group meeting, or helping with campaign or party material. */
  readonly kind: 'meeting' | 'campaign';
  /** The party meeting or campaign phrase. */
  readonly phrase: string;
  readonly sentence: string;
}

interface Matchers {
  readonly partyMeeting: RegExp;
  readonly ownGroup: RegExp;
  readonly bareGroupMeeting: RegExp;
  readonly ownedCampaign: RegExp;
  readonly inherentCampaign: RegExp;
  readonly prefilter: RegExp;
}

/** "the opposition group leaders" are people to brief and "our group of volunteers" is not a party. */
const NOT_LEADERS = `(?!\\s+(?:leaders?|leadership|secretar(?:y|ies)|whips?|of)\\b)`;

function buildMatchers(extra: readonly string[]): Matchers {
  const party = alternation([...lexicon.parties, ...extra]);
  const group = alternation(lexicon.groupWords);
  const meeting = alternation(lexicon.meetingWords);
  const campaign = alternation(lexicon.campaignTerms);
  const inherent = alternation([...lexicon.inherentCampaignTerms, ...extra]);
  return {
    // "our Labour group meeting", "the Lib Dem group", "a political meeting"
    partyMeeting: new RegExp(`\\b${party}\\s+(?:${group}(?:\\s+${meeting})?|${meeting})\\b${NOT_LEADERS}`, 'i'),
    // "brief our group", "come to my party's …"
    ownGroup: new RegExp(`\\b(?:our|my)\\s+${group}(?:['’]s)?\\b${NOT_LEADERS}`, 'i'),
    // "the group meeting": political unless a qualifier says otherwise ("working group meeting")
    bareGroupMeeting: new RegExp(`(\\S+)\\s+${group}\\s+${meeting}\\b`, 'gi'),
    ownedCampaign: new RegExp(`\\b(?:${alternation(lexicon.campaignOwners)})\\s+(?:[a-z-]+\\s+){0,2}${campaign}\\b`, 'i'),
    inherentCampaign: new RegExp(`\\b${inherent}\\b`, 'i'),
    prefilter: new RegExp(`\\b(?:${group}|${party}|${campaign}|${inherent})\\b`, 'i'),
  };
}

const DEFAULT_MATCHERS = buildMatchers([]);
const ATTEND = new RegExp(`\\b(?:${alternation(lexicon.attendVerbs)})(?:s|ing)?\\b`, 'i');
const FOLLOW_UP_ATTEND = new RegExp(`\\b(?:${alternation(lexicon.followUpAttendVerbs)})(?:s|ing)?\\b`, 'i');
const MEETING_VERBS = new Set(lexicon.meetingVerbs);
const NON_POLITICAL = new Set(lexicon.nonPoliticalQualifiers.map((w) => w.toLowerCase()));
const CALENDAR_WORD = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:['’]s)?$|^(?:january|february|march|april|may|june|july|august|september|october|november|december)$/i;
const NEGATED_BEFORE = /\b(?:not|never|no|n['’]t|rather\s+than|instead\s+of)\b[^.?!]{0,25}$/i;

/**
 * Find requests that ask an officer to attend a party or group meeting, or to help with campaign or
 * party material. Only sentences holding a party, group or campaign word are looked at; whether a
 * sentence is a request is then decided by `isRequestSentence` (compromise for the hard ones). A
 * campaign purpose stated next to a request counts: "Could you send me the photos? I'd like to use
 * them in my re-election leaflet."
 */
export function findPartyPoliticalRequests(text: string, extraTerms?: readonly string[]): PartyRequest[] {
  const extra = (extraTerms ?? []).filter((t) => t.trim());
  const m = extra.length ? buildMatchers(extra) : DEFAULT_MATCHERS;
  const sentences = splitSentences(unwrapLines(bodyBeforeSignOff(text))).map((s) => s.text);
  const requestCache = new Map<number, boolean>();
  const isRequest = (i: number) => {
    if (i < 0 || i >= sentences.length) return false;
    let r = requestCache.get(i);
    if (r === undefined) requestCache.set(i, (r = isRequestSentence(sentences[i])));
    return r;
  };
  const out: PartyRequest[] = [];
  sentences.forEach((sentence, i) => {
    if (!m.prefilter.test(sentence)) return;
    const meeting = partyMeetingIn(sentence, m);
    if (meeting && ATTEND.test(sentence) && isRequest(i)) {
      out.push({ kind: 'meeting', phrase: meeting, sentence });
      return;
    }
    // "Our group is meeting on Monday. Could you come along?": the meeting is announced, then the ask.
    if (meeting && announcesMeeting(sentence)) {
      const ask = [i + 1, i + 2].find((j) => j < sentences.length && FOLLOW_UP_ATTEND.test(sentences[j]) && isRequest(j));
      if (ask !== undefined) {
        out.push({ kind: 'meeting', phrase: partyMeetingIn(sentences[ask], m) ?? meeting, sentence: sentences[ask] });
        return;
      }
    }
    const campaign = campaignIn(sentence, m);
    if (campaign && (isRequest(i) || isRequest(i - 1) || isRequest(i + 1))) {
      out.push({ kind: 'campaign', phrase: campaign, sentence });
    }
  });
  return out;
}

function partyMeetingIn(sentence: string, m: Matchers): string | undefined {
  const direct = firstNotNegated(sentence, m.partyMeeting) ?? firstNotNegated(sentence, m.ownGroup);
  if (direct) return direct;
  m.bareGroupMeeting.lastIndex = 0;
  let g: RegExpExecArray | null;
  while ((g = m.bareGroupMeeting.exec(sentence)) !== null) {
    const raw = g[1].replace(/[^\p{L}'’-]/gu, '');
    const qualifier = raw.toLowerCase();
    if (NON_POLITICAL.has(qualifier) || NON_POLITICAL.has(qualifier.replace(/['’]s?$/, ''))) continue;
    // A named group ("Riverside Park group meeting") is not a party group unless the name is a party's.
    if (/^\p{Lu}/u.test(raw) && g.index > 0 && !CALENDAR_WORD.test(raw)) continue;
    if (NEGATED_BEFORE.test(sentence.slice(0, g.index + g[1].length + 1))) continue;
    return g[0].slice(g[1].length).trim();
  }
  return undefined;
}

interface VerbJson {
  readonly verb?: { readonly infinitive?: string; readonly grammar?: { readonly tense?: string } };
}

/** A sentence saying the group meets or holds a meeting, now or later (not "met last week"). */
function announcesMeeting(sentence: string): boolean {
  const verbs = parse(sentence).verbs().json() as VerbJson[];
  return verbs.some((v) => MEETING_VERBS.has((v.verb?.infinitive ?? '').toLowerCase().split(/\s+/)[0]) && v.verb?.grammar?.tense !== 'PastTense');
}

function campaignIn(sentence: string, m: Matchers): string | undefined {
  return firstNotNegated(sentence, m.ownedCampaign) ?? firstNotNegated(sentence, m.inherentCampaign);
}

function firstNotNegated(sentence: string, re: RegExp): string | undefined {
  const found = re.exec(sentence);
  if (!found || NEGATED_BEFORE.test(sentence.slice(0, found.index))) return undefined;
  return found[0];
}
