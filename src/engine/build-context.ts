import type { Address } from './model/address';
import type { CheckContext, Parties } from './model/context';
import type { Draft } from './model/draft';
import { isCouncillorLike, type Party } from './model/party';
import type { Policy } from './model/policy';
import type { Thread } from './model/thread';
import { createPartyResolver, type PartyResolver } from './people';
import { htmlToText, parseThread } from './thread';

const REPLY_SUBJECT = /^\s*(?:(?:re|aw|sv|fw|fwd|tr)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** Resolve the draft once: text, thread, parties. Every rule reads this one context. */
export function buildContext(draft: Draft, policy: Policy, now: Date, resolver?: PartyResolver): CheckContext {
  const resolve = resolver ?? createPartyResolver(policy);
  const body = draft.text && draft.text.trim() ? draft.text : draft.html ? htmlToText(draft.html) : '';
  const thread = parseThread(body);
  const parties = resolveParties(draft, thread, resolve);
  const isReplyOrForward =
    draft.composeKind === 'reply' ||
    draft.composeKind === 'forward' ||
    Boolean(draft.inReplyTo) ||
    thread.history.length > 0 ||
    (draft.originalParticipants?.length ?? 0) > 0 ||
    (draft.composeKind !== 'new' && REPLY_SUBJECT.test(draft.subject));
  return { draft, thread, parties, policy, now, isReplyOrForward, resolve };
}

function resolveParties(draft: Draft, thread: Thread, resolve: PartyResolver): Parties {
  const all = (xs: readonly Address[]) => xs.filter((a) => a.email || a.name).map(resolve);
  const sender = draft.from && (draft.from.email || draft.from.name) ? resolve(draft.from) : undefined;
  const to = all(draft.to);
  const cc = all(draft.cc);
  const bcc = all(draft.bcc);
  const quoted: Party[] = [];
  for (const m of thread.history) {
    if (m.from) quoted.push(resolve(m.from));
    quoted.push(...all(m.to), ...all(m.cc));
  }
  const original = uniqueByKey([...quoted, ...all(draft.originalParticipants ?? [])]);
  const earliest = [...thread.history].reverse().find((m) => m.from);
  const originator = earliest?.from ? resolve(earliest.from) : undefined;
  const everyone = [...(sender ? [sender] : []), ...to, ...cc, ...bcc, ...original];
  return {
    sender,
    to,
    cc,
    bcc,
    visible: [...to, ...cc],
    original,
    originator,
    councilCorrespondence: everyone.some(isCouncillorLike),
  };
}

function uniqueByKey(parties: readonly Party[]): Party[] {
  const seen = new Map<string, Party>();
  for (const p of parties) if (!seen.has(p.key)) seen.set(p.key, p);
  return [...seen.values()];
}
