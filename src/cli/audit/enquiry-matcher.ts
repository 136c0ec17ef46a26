import type { Deadline } from '../../engine';

/** What the audit keeps of a councillor's enquiry: enough to match a reply, nothing more. */
export interface EnquiryRecord {
  readonly source: string;
  readonly messageId?: string;
  readonly subjectKey: string;
  readonly councillor: string;
  readonly officers: readonly string[];
  readonly receivedAt: string;
  readonly deadline: Deadline;
}

/** What the audit keeps of an officer's message that may answer an enquiry. */
export interface ReplyRecord {
  readonly source: string;
  readonly references: readonly string[];
  readonly subjectKey: string;
  readonly from: string;
  readonly recipients: readonly string[];
  readonly sentAt: string;
}

const PREFIX = /^\s*(?:(?:re|fw|fwd|aw|sv|tr|wg)\s*(?:\[\d+\])?\s*:\s*)+/i;

/** "RE: FW:  Bins at  Ash Court" and "Bins at Ash Court" compare equal. */
export function subjectKey(subject: string): string {
  return subject.replace(PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

/**
 * Find the first officer reply to each enquiry: thread headers first (the reply names the
 * enquiry's Message-ID in In-Reply-To/References), else the same subject from one of the officers
 * the enquiry went to, back to the councillor, after the enquiry arrived.
 */
export function matchReplies(enquiries: readonly EnquiryRecord[], replies: readonly ReplyRecord[]): Map<EnquiryRecord, ReplyRecord | undefined> {
  const byReference = new Map<string, ReplyRecord[]>();
  const bySubject = new Map<string, ReplyRecord[]>();
  for (const r of replies) {
    for (const ref of r.references) push(byReference, ref, r);
    push(bySubject, r.subjectKey, r);
  }
  const result = new Map<EnquiryRecord, ReplyRecord | undefined>();
  for (const e of enquiries) {
    const after = (r: ReplyRecord) => r.sentAt >= e.receivedAt;
    const threaded = e.messageId ? (byReference.get(e.messageId) ?? []).filter(after) : [];
    const officers = new Set(e.officers);
    const bySubjectMatch = (bySubject.get(e.subjectKey) ?? []).filter(
      (r) => after(r) && officers.has(r.from) && r.recipients.includes(e.councillor),
    );
    result.set(e, earliest(threaded.length ? threaded : bySubjectMatch));
  }
  return result;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function earliest(replies: readonly ReplyRecord[]): ReplyRecord | undefined {
  let best: ReplyRecord | undefined;
  for (const r of replies) if (!best || r.sentAt < best.sentAt) best = r;
  return best;
}
