import type { Address } from './address';

/** How the message came to be. `unknown` when the surface cannot tell. */
export type ComposeKind = 'new' | 'reply' | 'forward' | 'unknown';

/**
 * The message as a surface (Office adapter, .eml adapter, playground) hands it to the engine.
 * Plain data only: the engine splits the body into new text and quoted history itself, so every
 * surface gets the same answer.
 */
export interface Draft {
  readonly from?: Address;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly bcc: readonly Address[];
  readonly subject: string;
  /** Plain-text body. When only HTML is available, pass `html` and leave this empty. */
  readonly text?: string;
  /** HTML body; reduced to text by the engine when `text` is absent. */
  readonly html?: string;
  readonly composeKind: ComposeKind;
  /** ISO 8601 instant the message was received (read mode) or dated (`Date:` header). */
  readonly receivedAt?: string;
  /** Message-ID this one replies to, when known. */
  readonly inReplyTo?: string;
  /**
   * Recipients Outlook pre-filled when the reply or forward form opened (recorded by the add-in).
   * They are participants of the original correspondence.
   */
  readonly originalParticipants?: readonly Address[];
}
