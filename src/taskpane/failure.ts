import { MailboxError } from '../adapters/mailbox/port';

/** A failed call as the error state shows it: which operation, and what went wrong. */
export interface Failure {
  readonly operation: string;
  readonly message: string;
}

/** Name the failing operation: the adapter's own (e.g. "to.getAsync") when it says, else ours. */
export function toFailure(err: unknown, fallbackOperation: string): Failure {
  if (err instanceof MailboxError) return { operation: err.operation, message: stripOperation(err) };
  const operation = (err as { operation?: unknown } | null)?.operation;
  const message = err instanceof Error ? err.message : String(err);
  return { operation: typeof operation === 'string' ? operation : fallbackOperation, message };
}

function stripOperation(err: MailboxError): string {
  const prefix = `${err.operation}: `;
  return err.message.startsWith(prefix) ? err.message.slice(prefix.length) : err.message;
}
