import type { Draft } from './draft';
import type { Party } from './party';
import type { Policy } from './policy';
import type { Thread } from './thread';

/** Who is on the message and who was on the thread before it, resolved once per check. */
export interface Parties {
  readonly sender?: Party;
  readonly to: readonly Party[];
  readonly cc: readonly Party[];
  readonly bcc: readonly Party[];
  /** To and Cc together (the visible recipients). */
  readonly visible: readonly Party[];
  /** Every participant (From/To/Cc) of earlier messages, plus recipients Outlook pre-filled. */
  readonly original: readonly Party[];
  /** Sender of the earliest quoted message. */
  readonly originator?: Party;
  /** Sender, recipients and quoted participants include a councillor or councillor list. */
  readonly councilCorrespondence: boolean;
}

/** Everything a rule may read. Built once per check by the engine; rules never mutate it. */
export interface CheckContext {
  readonly draft: Draft;
  readonly thread: Thread;
  readonly parties: Parties;
  readonly policy: Policy;
  /** The instant to reason about (received time for deadlines; "now" for out-of-hours). */
  readonly now: Date;
  /** True when the message is a reply or forward (compose kind, In-Reply-To, or quoted history). */
  readonly isReplyOrForward: boolean;
  /** Find a party by matching any of the resolver's rules (used by rules reading names in text). */
  resolve(address: { name?: string; email?: string }): Party;
}
