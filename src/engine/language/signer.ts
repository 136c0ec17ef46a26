import { OBLIGATIONS_LEXICON as L } from './lexicon/obligations';
import { alternation } from './phrases';
import { LETTER } from './unicode-classes';
import { looksLikeName, type SignOff } from './sign-off';

/** What a sign-off says about who the letter is from. */
export interface SignerCues {
  /** Name-like lines (titles kept), for the caller to resolve against the council's directory. */
  readonly names: readonly string[];
  /** A line that makes the signer a councillor by title or role: "Cllr Jane Smith", "Cabinet Member for Housing". */
  readonly councillorLine?: string;
  /** A line naming the signer Leader or Deputy Leader of the Council. */
  readonly leaderLine?: string;
}

const TITLE = /(?:^|[\s,(])(?:cllr\.?|councillor)\s+\p{Lu}|\((?:cllr|councillor)\)/u;
const ROLE_AT_START = new RegExp(`^(?:the\\s+)?${alternation(L.councillorRoleLines)}(?![${LETTER}'’])`, 'iu');
const LEADER_AT_START = new RegExp(`^(?:the\\s+)?${alternation(L.policyExplainerTitles)}(?![${LETTER}'’])`, 'iu');
const NOT_LEADER = new RegExp(alternation(L.notPolicyExplainer), 'i');
const FOR_SOMEONE = new RegExp(`(?:^|\\s)${alternation(L.officerForCouncillor)}(?=\\s|:|$)`, 'i');
const ON_BEHALF = new RegExp(`\\b${alternation(L.onBehalfOf)}\\s+(?:the\\s+)?(?:cllr\\.?|councillor|${alternation(L.councillorRoleLines)})\\b`, 'i');
/** "as Leader of the Council", "as Deputy Leader" in the body of the letter. */
const LEADER_IN_BODY = new RegExp(`\\bas\\s+(?:the\\s+)?${alternation(L.policyExplainerTitles)}(?![${LETTER}'’])`, 'iu');

/**
 * Read the sign-off for signs the letter goes out in a councillor's name: a title ("Cllr"), a
 * councillor's role line ("Leader of the Council", "Ward Councillor for Northgate"), or "sent on
 * behalf of Cllr …". Lines of an officer who works for a councillor ("PA to the Leader") do not count.
 */
export function readSigner(signOff: SignOff): SignerCues {
  const names: string[] = [];
  let councillorLine: string | undefined;
  let leaderLine: string | undefined;
  for (const raw of signOff.lines) {
    const line = raw.trim();
    if (!line) continue;
    if (ON_BEHALF.test(line)) {
      councillorLine ??= line;
      continue;
    }
    if (FOR_SOMEONE.test(line) || /^cc\b/i.test(line)) continue;
    if (looksLikeName(line)) names.push(line);
    const segments = line.split(/\s*(?:[,|–—]|\s-\s|\band\b)\s*/).filter(Boolean);
    if (TITLE.test(line) || segments.some((s) => ROLE_AT_START.test(s))) councillorLine ??= line;
    if (!NOT_LEADER.test(line) && segments.some((s) => LEADER_AT_START.test(s))) leaderLine ??= line;
  }
  if (signOff.name && !names.includes(signOff.name)) names.unshift(signOff.name);
  return { names, councillorLine, leaderLine };
}

/** The body says the writer writes as Leader or Deputy Leader of the Council. */
export function statesLeaderCapacity(text: string): boolean {
  const m = LEADER_IN_BODY.exec(text);
  return Boolean(m && !NOT_LEADER.test(text.slice(m.index, m.index + 60)));
}
