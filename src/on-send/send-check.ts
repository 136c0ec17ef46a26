/// <reference types="office-js" />
/**
 * The Smart Alerts decision, kept apart from registration so it can be tested with a mock Office
 * object and, once bundled, in a bare JavaScript context.
 *
 * Every path ends in exactly one `event.completed` call, well inside Outlook's 5-second budget:
 * - nothing flagged → the message goes;
 * - flagged findings → Send stops and the dialog lists them with their clauses (SoftBlock; the
 *   policy may ask for PromptUser, which adds Send Anyway where Outlook supports it);
 * - the check could not run (engine threw, an Office call failed, a rule failed with nothing else
 *   flagged, or it ran out of time) → Send stops and the dialog says why; the user can still send:
 *   Send Anyway where Outlook allows an override (Mailbox 1.14), otherwise by pressing Send again.
 */
import { checkDraft, DEFAULT_POLICY, isFlagged, resolvePolicy, type Report } from '../engine';
import { MailboxError } from '../adapters/mailbox/port';
import { callAsync, createLimiter, type Limiter } from '../adapters/office/office-async';
import { currentItem, officeGlobal, supportsMailbox, type OfficeItem } from '../adapters/office/host';
import { inferComposeKind, readComposeDraft } from '../adapters/office/read-draft';
import { sendCheckPolicy } from '../adapters/office/policy-cache';
import { recordPrefilled } from '../adapters/office/prefilled';
import { failureAlert, findingsAlert, reviewContext } from './alert-text';

/** The compose-mode button that opens the task pane (manifest.xml, Control id). */
export const REVIEW_COMMAND_ID = 'pgComposeOpenPane';
/** The check must decide by then; failure handling and completion follow within 500 ms. */
export const CHECK_BUDGET_MS = 3500;
/** Whatever happens, `completed` is called by then (Outlook warns the user after 5 s). */
export const HARD_LIMIT_MS = 4300;
/** A second Send this soon after a failed check is the user's choice to send unchecked. */
export const SEND_AGAIN_WINDOW_MS = 10 * 60_000;
export const FAILURE_MARK_KEY = 'pg.sendFailure';

export interface CompletedOptions {
  allowEvent: boolean;
  errorMessage?: string;
  errorMessageMarkdown?: string;
  cancelLabel?: string;
  commandId?: string;
  contextData?: string;
  sendModeOverride?: string;
}

export interface CompletableEvent {
  completed(options?: CompletedOptions): void;
}

/** In-memory copy of the failure mark, for clients where session data cannot be written. */
let memoryMark: number | undefined;

function promptUser(): string {
  return officeGlobal()?.MailboxEnums?.SendModeOverride?.PromptUser ?? 'promptUser';
}

function reason(err: unknown): string {
  if (err instanceof MailboxError) return `Outlook refused ${err.operation} (${err.message.slice(err.operation.length + 2) || 'no detail'})`;
  if (err instanceof Error) return `the check stopped with an error (${err.message})`;
  return `the check stopped with an error (${String(err)})`;
}

function timeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(what)), ms);
    promise.then(
      (v) => {
        clearTimeout(timer);
        resolve(v);
      },
      (e: unknown) => {
        clearTimeout(timer);
        reject(e);
      },
    );
  });
}

function hasSessionData(item: OfficeItem | undefined): item is OfficeItem {
  return Boolean(item && supportsMailbox('1.11') && typeof item.sessionData?.getAsync === 'function');
}

async function readMark(item: OfficeItem | undefined, limit: Limiter): Promise<number | undefined> {
  if (!hasSessionData(item)) return memoryMark;
  const raw = await limit(() => callAsync<string>('sessionData.getAsync', (cb) => item.sessionData.getAsync(FAILURE_MARK_KEY, cb))).catch(() => '');
  const at = Number(raw);
  return Number.isFinite(at) && at > 0 ? at : memoryMark;
}

async function writeMark(item: OfficeItem | undefined, value: number | undefined, limit: Limiter): Promise<void> {
  memoryMark = value;
  if (!hasSessionData(item)) return;
  await limit(() =>
    value === undefined
      ? callAsync<void>('sessionData.removeAsync', (cb) => item.sessionData.removeAsync(FAILURE_MARK_KEY, cb))
      : callAsync<void>('sessionData.setAsync', (cb) => item.sessionData.setAsync(FAILURE_MARK_KEY, String(value), cb)),
  ).catch(() => undefined);
}

/** What to tell Outlook when the check could not run. Never a silent allow or a silent block. */
export async function failureOptions(why: string, item: OfficeItem | undefined, limit: Limiter, priorMark: Promise<number | undefined>, now = Date.now()): Promise<CompletedOptions> {
  if (supportsMailbox('1.14')) {
    const text = failureAlert(why, 'prompt');
    return withMarkdown({ allowEvent: false, errorMessage: text.plain, sendModeOverride: promptUser() }, text.markdown);
  }
  // No override on this client: a SoftBlock dialog offers only Don't Send, so a second Send of the
  // same draft soon after is taken as the user's decision to send it unchecked.
  const mark = await timeout(priorMark, 300, 'mark').catch(() => memoryMark);
  if (mark !== undefined && now - mark >= 0 && now - mark < SEND_AGAIN_WINDOW_MS) {
    await timeout(writeMark(item, undefined, limit), 300, 'clear').catch(() => undefined);
    return { allowEvent: true };
  }
  await timeout(writeMark(item, now, limit), 300, 'mark').catch(() => undefined);
  const text = failureAlert(why, 'send-again');
  return { allowEvent: false, errorMessage: text.plain };
}

function withMarkdown(options: CompletedOptions, markdown: string): CompletedOptions {
  return supportsMailbox('1.15') ? { ...options, errorMessageMarkdown: markdown } : options;
}

/** Findings → the dialog; a clean report → allow. */
export function reportOptions(report: Report, sendMode: 'SoftBlock' | 'PromptUser'): CompletedOptions | { failed: string } {
  const flagged = report.findings.filter((f) => isFlagged(f.severity));
  if (flagged.length === 0) {
    if (report.failures.length > 0) {
      const names = report.failures.map((f) => `${f.rule}: ${f.error}`).join('; ');
      return { failed: `${report.failures.length === 1 ? 'one check' : `${report.failures.length} checks`} failed (${names})` };
    }
    return { allowEvent: true };
  }
  const canReview = supportsMailbox('1.14');
  const text = findingsAlert(flagged, report.failures, canReview);
  let options: CompletedOptions = { allowEvent: false, errorMessage: text.plain };
  if (canReview) {
    options = { ...options, cancelLabel: 'Review', commandId: REVIEW_COMMAND_ID, contextData: reviewContext(flagged) };
    if (sendMode === 'PromptUser') options.sendModeOverride = promptUser();
  }
  return withMarkdown(options, text.markdown);
}

/** Read the draft, run the engine with the cached or embedded policy, and decide. */
export async function decide(item: OfficeItem, limit: Limiter, now: Date): Promise<CompletedOptions | { failed: string }> {
  const { file } = sendCheckPolicy();
  const policy = file ? resolvePolicy(file) : DEFAULT_POLICY;
  const { draft } = await readComposeDraft(item, limit);
  const report = checkDraft(draft, policy, { now });
  return reportOptions(report, policy.sendMode);
}

/** The OnMessageSend handler. */
export function onMessageSendHandler(event: CompletableEvent): void {
  const started = Date.now();
  let done = false;
  const limit = createLimiter(3);
  let item: OfficeItem | undefined;
  try {
    item = currentItem();
  } catch {
    item = undefined;
  }
  const priorMark = readMark(item, limit).catch(() => undefined);
  const finish = (options: CompletedOptions) => {
    if (done) return;
    done = true;
    clearTimeout(hardStop);
    if (options.allowEvent) void writeMark(item, undefined, limit);
    try {
      event.completed(options);
    } catch {
      // Outlook rejected the options (an older client and a newer field): fall back to the plain form.
      try {
        event.completed({ allowEvent: options.allowEvent, errorMessage: options.errorMessage });
      } catch {
        /* nothing more can be done from here */
      }
    }
  };
  const fail = (why: string) =>
    failureOptions(why, item, limit, priorMark).then(finish, () => finish({ allowEvent: false, errorMessage: failureAlert(why, 'none').plain }));
  // Backstop: even if a failure path itself hangs, Outlook hears from us before its 5 s warning.
  const hardStop = setTimeout(() => {
    const text = failureAlert('the check took too long', supportsMailbox('1.14') ? 'prompt' : 'none');
    finish(supportsMailbox('1.14') ? { allowEvent: false, errorMessage: text.plain, sendModeOverride: promptUser() } : { allowEvent: false, errorMessage: text.plain });
  }, HARD_LIMIT_MS);

  if (!item) {
    void fail('Outlook did not provide the message');
    return;
  }
  const checkedItem = item;
  timeout(Promise.resolve().then(() => decide(checkedItem, limit, new Date(started))), CHECK_BUDGET_MS, 'the check took longer than 3.5 seconds')
    .then((result) => ('failed' in result ? fail(result.failed) : finish(result)))
    .catch((err: unknown) => fail(err instanceof Error && /took longer/.test(err.message) ? err.message : reason(err)));
}

/**
 * The OnNewMessageCompose handler: for a reply or forward, record the recipients Outlook filled
 * in, with the draft, so the Send check (and a reopened draft) still knows who was on the thread.
 */
export function onNewMessageComposeHandler(event: CompletableEvent): void {
  let done = false;
  const finish = () => {
    if (done) return;
    done = true;
    clearTimeout(stop);
    try {
      event.completed();
    } catch {
      /* nothing more can be done from here */
    }
  };
  const stop = setTimeout(finish, HARD_LIMIT_MS);
  let item: OfficeItem | undefined;
  try {
    item = currentItem();
  } catch {
    item = undefined;
  }
  if (!item) {
    finish();
    return;
  }
  const target = item;
  const limit = createLimiter(3);
  const composeType = supportsMailbox('1.10') && typeof target.getComposeTypeAsync === 'function'
    ? limit(() => callAsync<{ composeType: string }>('getComposeTypeAsync', (cb) => target.getComposeTypeAsync(cb as never))).catch(() => undefined)
    : Promise.resolve(undefined);
  const subject = limit(() => callAsync<string>('subject.getAsync', (cb) => target.subject.getAsync(cb))).catch(() => '');
  Promise.all([composeType, subject])
    .then(([type, subj]) => {
      const inReplyTo = (target as unknown as { inReplyTo?: unknown }).inReplyTo;
      const kind = inferComposeKind({
        composeType: type?.composeType,
        subject: subj,
        inReplyTo: typeof inReplyTo === 'string' ? inReplyTo : undefined,
        conversationId: typeof target.conversationId === 'string' ? target.conversationId : undefined,
        prefilled: 0,
      });
      return kind === 'reply' || kind === 'forward' ? recordPrefilled(target, limit) : undefined;
    })
    .then(finish, finish);
}
