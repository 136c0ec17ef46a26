/// <reference types="office-js" />
import { MailboxError } from '../mailbox/port';

/** The callback shape every Office.js `…Async` method takes. */
export type AsyncCallback<T> = (result: Office.AsyncResult<T>) => void;

/**
 * Run one Office.js async call as a promise. A failed result, a call that throws, or a method
 * the client lacks all become a MailboxError naming the call, so the pane and the Send check can
 * say exactly what went wrong.
 */
export function callAsync<T>(operation: string, invoke: (callback: AsyncCallback<T>) => void): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    try {
      invoke((result) => {
        // Office.AsyncResultStatus.Failed is the string "failed" in every client.
        if (!result) {
          reject(new MailboxError(operation, 'no result from Outlook'));
        } else if (String(result.status) === 'failed') {
          const err = result.error;
          const detail = err ? [err.name, err.message].filter(Boolean).join(': ') : 'failed';
          reject(new MailboxError(operation, detail || 'failed'));
        } else {
          resolve(result.value);
        }
      });
    } catch (err) {
      reject(new MailboxError(operation, err instanceof Error ? err.message : String(err)));
    }
  });
}

/** Runs at most `max` tasks at once; the rest wait in order. */
export type Limiter = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Outlook on the web and new Outlook refuse more than a few async calls in flight at once, so the
 * adapter issues its reads together but through this gate (3 by default).
 */
export function createLimiter(max = 3): Limiter {
  let active = 0;
  const waiting: (() => void)[] = [];
  const next = () => {
    if (active >= max) return;
    const start = waiting.shift();
    if (start) {
      active++;
      start();
    }
  };
  return <T>(task: () => Promise<T>) =>
    new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        let settled: Promise<T>;
        try {
          settled = task();
        } catch (err) {
          settled = Promise.reject(err);
        }
        settled.then(resolve, reject).then(() => {
          active--;
          next();
        });
      });
      next();
    });
}
