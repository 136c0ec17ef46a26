import type { Address } from './address';

/** One earlier message found in the quoted history of a body. */
export interface QuotedMessage {
  readonly from?: Address;
  readonly to: readonly Address[];
  readonly cc: readonly Address[];
  readonly sent?: string;
  readonly subject?: string;
  /** The quoted message's own text, without deeper quoted messages. */
  readonly text: string;
}

/** A body split into what the author wrote now and what it quotes. */
export interface Thread {
  /** Text above the first quoted block: the only text most rules read. */
  readonly newText: string;
  /** Earlier messages, newest first (the order they appear in the body). */
  readonly history: readonly QuotedMessage[];
}
