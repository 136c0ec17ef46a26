import type { Deadline, Draft, Fix, PolicyFile } from '../../engine';
import type { PolicySource } from '../policy/policy-loader';

/** Whether the user is writing a message or reading one. */
export type MailboxMode = 'compose' | 'read';

/** A councillor's enquiry the officer has chosen to track, as stored in the mailbox. */
export interface TrackedEnquiry {
  /** Stable id of the mail item (REST/EWS id as Outlook gives it, or the playground's id). */
  readonly itemId: string;
  readonly subject: string;
  readonly from: string;
  readonly receivedAt: string;
  readonly due: string;
  readonly dueDate: string;
  readonly workingDays: number;
  readonly clause: string;
  readonly status: 'open' | 'replied';
  /** When the reminder was started / the enquiry marked replied. */
  readonly startedAt: string;
  readonly repliedAt?: string;
  /** Which reminders were created (calendar item, Graph follow-up flag, category). */
  readonly reminders: readonly ('calendar' | 'flag' | 'category')[];
  /** Outlook's conversation id, so a reply being written can find the enquiry it answers. */
  readonly conversationId?: string;
  /** The enquiry's Internet Message-ID (matched against a reply's In-Reply-To). */
  readonly internetMessageId?: string;
  /**
   * Why a reminder the officer might expect was not created (e.g. no category of that name in the
   * mailbox). Returned by startReminder for the pane to show; not kept in the mailbox.
   */
  readonly notes?: readonly string[];
}

/**
 * What the task pane needs from a mailbox. The Office adapter implements it over Office.js; the
 * playground implements it over an in-memory mailbox. The UI only ever talks to this port.
 */
export interface MailboxPort {
  readonly mode: MailboxMode;
  /** Read the current item as one Draft (compose: the draft; read: the selected message). */
  readDraft(): Promise<Draft>;
  /** Carry out an engine fix on the draft (compose mode only). */
  applyFix(fix: Fix): Promise<void>;
  /** Called when recipients change or (pinned read pane) the selected item changes. Returns an unsubscribe. */
  onItemChanged(listener: () => void): () => void;
  /** The council policy to use, or undefined for the embedded default. */
  loadPolicy(): Promise<PolicyFile | undefined>;
  /**
   * After loadPolicy: how that policy was obtained. Anything but `fresh` (a cached copy or the
   * default, because the deployed policy could not be fetched or was invalid) is shown in the pane.
   */
  policySource?(): PolicySource | undefined;

  /**
   * Read mode: the tracking record of the current item, read back from the mailbox. Compose mode:
   * the tracked enquiry this reply answers (same conversation or In-Reply-To), if any.
   */
  getTracking(): Promise<TrackedEnquiry | undefined>;
  /** Read mode: record the enquiry and create the reminders. */
  startReminder(deadline: Deadline): Promise<TrackedEnquiry>;
  markReplied(itemId: string): Promise<void>;
  /** Every tracked enquiry, from the mailbox's roaming register. */
  listTracked(): Promise<readonly TrackedEnquiry[]>;
  /** Open a reply to the current item that acknowledges it and gives the timescale. */
  draftInterimReply(deadline: Deadline): Promise<void>;
  /**
   * Optional: what opened the pane. When Smart Alerts' Review button opened it, the rules the Send
   * check flagged; undefined when the pane was opened from the ribbon (or cannot tell).
   */
  launchContext?(): Promise<LaunchContext | undefined>;
}

/** Handed from the Send check to the task pane by the Review button. */
export interface LaunchContext {
  readonly source: 'smart-alerts';
  /** Rule ids the Send check flagged, most severe first. */
  readonly rules: readonly string[];
}

/** An Office or mailbox call that failed, with the call's name for the error state. */
export class MailboxError extends Error {
  constructor(
    readonly operation: string,
    message: string,
  ) {
    super(`${operation}: ${message}`);
    this.name = 'MailboxError';
  }
}
