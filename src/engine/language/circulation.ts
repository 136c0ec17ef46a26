import lexicon from './lexicon/circulation.json';
import { alternation, extraTermsRegExp, flattenSpace, unwrapLines } from './phrases';

const QUANT = alternation(lexicon.audienceQuantifiers);
const HEAD = alternation(lexicon.audienceHeads);
/** "all councillors", "all elected members of the Council", "the other group leaders", "the all-members list". */
const AUDIENCE = `(?:(?:${QUANT})\\s+(?:[a-z'’-]+\\s+){0,2}?${HEAD}(?:\\s+of\\s+the\\s+council)?|${alternation(lexicon.wholeBody)}|(?:the\\s+)?[a-z'’-]+\\s+(?:mailing\\s+|distribution\\s+)?list)`;
/** What was sent, when named: "this reply", "the email", "it" — not "the minutes" (a different document). */
const OBJECT = `(?:(?:this|these|the|my|our)\\s+)?(?:e-?mail|message|reply|response|note|briefing|update|letter|information|answer|bulletin|mail|notice|invitation|it|this|one)?`;
const SEND = alternation(lexicon.sendVerbs);
const PASSIVE = `(?:(?:has|have|had|is|are|was|were|will|being|been|be)\\s+){0,3}`;

const SENT_TO = new RegExp(`\\b${PASSIVE}${SEND}\\s+(?:${OBJECT}\\s+)?(?:below\\s+)?(?:out\\s+)?(?:to|with|in|among|amongst|round|around|across)?\\s*${AUDIENCE}\\b`, 'i');
const AUDIENCE_RECEIVES = new RegExp(`\\b${AUDIENCE}\\s+(?:(?:are|is|will|have|has|should|all)\\s+){0,2}(?:also\\s+)?${alternation(lexicon.receiveVerbs)}\\b`, 'i');
const LABEL_LINE = /^\s*(?:circulation|distribution(?:\s+list)?|cop(?:y|ies)\s+to|copied\s+to|sent\s+to|cc|recipients|for\s+the\s+attention\s+of|fao|attention)\s*[:–—-]\s*\S/i;
const HEADING_LINE = new RegExp(`^\\s*(?:to|for|for\\s+the\\s+attention\\s+of|fao|attention)\\s*:?\\s+${AUDIENCE}\\b`, 'i');
/** A salutation of at most four words, closed by a comma, "!" or the end of the line. */
const GREETING = new RegExp(`^\\s*${alternation(lexicon.greetings)}\\b(?:\\s+[^\\s,!]+){0,3}\\s*(?:[,!]|$)`, 'i');
const NEGATED_BEFORE = /\b(?:not|never|n['’]t)\b[^.?!]{0,15}$/i;
const HEADING_MAX = 80;

/**
 * Find a statement of who a message was sent to ("Sent to all councillors.", "Circulation: all
 * members", "To all members of the Council", "I have copied this reply to all councillors"). A
 * greeting ("Dear all", "Hi everyone") is never such a statement. Returns the statement, or undefined.
 */
export function findCirculationStatement(text: string, extraTerms?: readonly string[]): string | undefined {
  const extra = extraTermsRegExp(extraTerms);
  for (const rawLine of unwrapLines(text).split('\n')) {
    const line = stripGreeting(flattenSpace(rawLine));
    if (!line) continue;
    if (extra?.test(line)) return line;
    if (LABEL_LINE.test(line)) return line;
    if (line.length <= HEADING_MAX && HEADING_LINE.test(line)) return line;
    const sent = SENT_TO.exec(line) ?? AUDIENCE_RECEIVES.exec(line);
    if (sent && !NEGATED_BEFORE.test(line.slice(0, sent.index)) && !otherDocument(line.slice(0, sent.index), sent[0])) return sent[0].trim();
  }
  return undefined;
}

const PASSIVE_START = /^(?:has|have|had|is|are|was|were|will|being|been|be)\b/i;
const MESSAGE_SUBJECT = new RegExp(`\\b(?:${alternation(lexicon.messageNouns)})\\s*$`, 'i');
const NOUN_SUBJECT = /\b(?:the|these|those|a|an|our|my|their|its)\s+(?:[a-z'’-]+\s+){0,2}[a-z'’-]+\s*$/i;

/** "The slides will be sent to all councillors": a passive whose subject is some other document. */
function otherDocument(before: string, statement: string): boolean {
  if (!PASSIVE_START.test(statement.trim())) return false;
  return NOUN_SUBJECT.test(before) && !MESSAGE_SUBJECT.test(before);
}

/** "Hi all, this went to every councillor" → "this went to every councillor"; "Dear all," → "". */
function stripGreeting(line: string): string {
  const g = GREETING.exec(line);
  return g ? line.slice(g[0].length).trim() : line;
}
