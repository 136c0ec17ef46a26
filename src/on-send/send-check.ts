/// <reference types="office-js" />
/**
 * The Smart Alerts decision, kept apart from registration so it can be tested with a mock Office
 * object and, once bundled, in a bare JavaScript context.
 *
 * Every path ends in exactly one `event.completed` call, well inside Outlook's 5-second budget:
 * - nothing flagged → the message goes;
 * - flagged findings → Send stops and the dialog lists them with their clauses. With the policy's
 *   default SoftBlock the officer fixes the message (Review opens the pane, Mailbox 1.14); with
 *   PromptUser the dialog adds Send Anyway (Mailbox 1.14), and on older clients pressing Send again
 *   sends the same message as it is;
 * - the check could not run (engine threw, an Office call failed, a rule failed with nothing else
 *   flagged, or it ran out of time) → Send stops once and the dialog says why; the user can still
 *   send: Send Anyway where Outlook allows an override (Mailbox 1.14), otherwise by pressing Send
 *   again.
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
/** A second Send this soon after a stopped one is the user's choice to send the message as it is. */
export const SEND_AGAIN_WINDOW_MS = 10 * 60_000;
/** Session-data key of the mark left when Send was stopped with "press Send again". */
export const SEND_MARK_KEY = 'pg.sendMark';
/** How long the mark may take to read or write before the decision goes ahead without it. */
const MARK_MS = 300;

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

/** What a stopped Send left behind, so the next Send of the same draft can honour "Send again". */
export interface SendMark {
  readonly at: number;
  /** Stopped because the check could not run, or because of findings under an advisory policy. */
  readonly kind: 'failure' | 'findings';
  /** For findings: the rules flagged, so a changed message with other findings is shown again. */
  readonly rules?: readonly string[];
}

/**
 * Fallback copy of the mark, used only when session data (Mailbox 1.11, so present wherever Smart
 * Alerts runs) could not be written. It is not tied to one draft, so it is kept as little as
 * possible: cleared whenever session data works again.
 */
let memoryMark: SendMark | undefined;

/** For tests: forget the in-memory mark. */
export function resetSendMark(): void {
  memoryMark = undefined;
}

function promptUser(): string {
  return officeGlobal()?.MailboxEnums?.SendModeOverride?.PromptUser ?? 'promptUser';
}

export function reason(err: unknown): string {
  if (err instanceof MailboxError) return `Outlook refused ${err.operation} (${err.message.slice(err.operation.length + 2) || 'no detail'})`;
  if (err instanceof Error) return `the check stopped with an error (${err.message})`;
  return `the check stopped with an error (${String(err)})`;
}

class TimeoutError extends Error {}

function timeout<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new TimeoutError(what)), ms);
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

function parseMark(raw: unknown): SendMark | undefined {
  if (typeof raw !== 'string' || !raw) return undefined;
  try {
    const m = JSON.parse(raw) as SendMark;
    return m && Number.isFinite(m.at) && (m.kind === 'failure' || m.kind === 'findings') ? m : undefined;
  } catch {
    return undefined;
  }
}

export async function readMark(item: OfficeItem | undefined, limit: Limiter): Promise<SendMark | undefined> {
  if (!hasSessionData(item)) return memoryMark;
  // A missing key answers as a failed call: that is "no mark", not an error.
  const raw = await limit(() => callAsync<string>('sessionData.getAsync', (cb) => item.sessionData.getAsync(SEND_MARK_KEY, cb))).catch(() => '');
  return parseMark(raw) ?? memoryMark;
}

export async function writeMark(item: OfficeItem | undefined, mark: SendMark | undefined, limit: Limiter): Promise<void> {
  if (!hasSessionData(item)) {
    memoryMark = mark;
    return;
  }
  try {
    await limit(() =>
      mark === undefined
        ? callAsync<void>('sessionData.removeAsync', (cb) => item.sessionData.removeAsync(SEND_MARK_KEY, cb))
        : callAsync<void>('sessionData.setAsync', (cb) => item.sessionData.setAsync(SEND_MARK_KEY, JSON.stringify(mark), cb)),
    );
    memoryMark = undefined;
  } catch {
    memoryMark = mark;
  }
}

function recent(mark: SendMark | undefined, kind: SendMark['kind'], now: number): mark is SendMark {
  return Boolean(mark && mark.kind === kind && now - mark.at >= 0 && now - mark.at < SEND_AGAIN_WINDOW_MS);
}

function sameRules(a: readonly string[] | undefined, b: readonly string[]): boolean {
  const set = new Set(a ?? []);
  return set.size === new Set(b).size && b.every((r) => set.has(r));
}

/** What to tell Outlook when the check could not run. Never a silent allow or a silent block. */
export async function failureOptions(why: string, item: OfficeItem | undefined, limit: Limiter, priorMark: Promise<SendMark | undefined>, now = Date.now()): Promise<CompletedOptions> {
  if (supportsMailbox('1.14')) {
    // Outlook's own Send Anyway button: the user decides, every time.
    const text = failureAlert(why, 'prompt');
    return withMarkdown({ allowEvent: false, errorMessage: text.plain, sendModeOverride: promptUser() }, text.markdown);
  }
  // No override on this client: a SoftBlock dialog offers only Don't Send, so a second Send of the
  // same draft soon after is taken as the user's decision to send it unchecked.
  const mark = await timeout(priorMark, MARK_MS, 'mark').catch(() => memoryMark);
  if (recent(mark, 'failure', now)) {
    await timeout(writeMark(item, undefined, limit), MARK_MS, 'clear').catch(() => undefined);
    return { allowEvent: true };
  }
  await timeout(writeMark(item, { at: now, kind: 'failure' }, limit), MARK_MS, 'mark').catch(() => undefined);
  const text = failureAlert(why, 'send-again');
  return withMarkdown({ allowEvent: false, errorMessage: text.plain }, text.markdown);
}

function withMarkdown(options: CompletedOptions, markdown: string): CompletedOptions {
  return supportsMailbox('1.15') ? { ...options, errorMessageMarkdown: markdown } : options;
}

/** The flagged findings of a report, or why the check must count as not having run. */
export function flaggedOf(report: Report): { readonly flagged: Report['findings'] } | { readonly failed: string } {
  const flagged = report.findings.filter((f) => isFlagged(f.severity));
  if (flagged.length === 0 && report.failures.length > 0) {
    const names = report.failures.map((f) => `${f.rule}: ${f.error}`).join('; ');
    return { failed: `${report.failures.length === 1 ? 'one check' : `${report.failures.length} checks`} failed (${names})` };
  }
  return { flagged };
}

/**
 * Findings → the dialog; a clean report → allow. `sendAgain` is the advisory (PromptUser) policy
 * on a client without the runtime override: the dialog then says a second Send sends it as it is.
 */
export function reportOptions(report: Report, sendMode: 'SoftBlock' | 'PromptUser'): CompletedOptions | { failed: string } {
  const result = flaggedOf(report);
  if ('failed' in result) return result;
  const { flagged } = result;
  if (flagged.length === 0) return { allowEvent: true };
  const canReview = supportsMailbox('1.14');
  const action = canReview ? 'review' : sendMode === 'PromptUser' ? 'send-again' : 'open-pane';
  const text = findingsAlert(flagged, report.failures, action);
  let options: CompletedOptions = { allowEvent: false, errorMessage: text.plain };
  if (canReview) {
    options = { ...options, cancelLabel: 'Review', commandId: REVIEW_COMMAND_ID, contextData: reviewContext(flagged) };
    if (sendMode === 'PromptUser') options.sendModeOverride = promptUser();
  }
  return withMarkdown(options, text.markdown);
}

/** Read the draft, run the engine with the cached or embedded policy. */
export async function runCheck(item: OfficeItem, limit: Limiter, now: Date): Promise<{ report: Report; sendMode: 'SoftBlock' | 'PromptUser' }> {
  const { file } = sendCheckPolicy();
  const policy = file ? resolvePolicy(file) : DEFAULT_POLICY;
  const { draft } = await readComposeDraft(item, limit);
  return { report: checkDraft(draft, policy, { now }), sendMode: policy.sendMode };
}

/**
 * The advisory policy on a client without Send Anyway: the first Send with these findings stops,
 * a second one of the same message (same rules flagged) within the window goes.
 */
async function advisoryOnOldClient(
  options: CompletedOptions,
  rules: readonly string[],
  item: OfficeItem | undefined,
  limit: Limiter,
  priorMark: Promise<SendMark | undefined>,
  now: number,
): Promise<CompletedOptions> {
  const mark = await timeout(priorMark, MARK_MS, 'mark').catch(() => memoryMark);
  if (recent(mark, 'findings', now) && sameRules(mark.rules, rules)) {
    await timeout(writeMark(item, undefined, limit), MARK_MS, 'clear').catch(() => undefined);
    return { allowEvent: true };
  }
  await timeout(writeMark(item, { at: now, kind: 'findings', rules }, limit), MARK_MS, 'mark').catch(() => undefined);
  return options;
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
    const prompt = supportsMailbox('1.14');
    const text = failureAlert('the check took too long', prompt ? 'prompt' : 'none');
    finish(prompt ? { allowEvent: false, errorMessage: text.plain, sendModeOverride: promptUser() } : { allowEvent: false, errorMessage: text.plain });
  }, HARD_LIMIT_MS);

  if (!item) {
    void fail('Outlook did not provide the message');
    return;
  }
  const checkedItem = item;
  const budget = `the check took longer than ${CHECK_BUDGET_MS / 1000} seconds`;
  timeout(Promise.resolve().then(() => runCheck(checkedItem, limit, new Date(started))), CHECK_BUDGET_MS, budget)
    .then(({ report, sendMode }) => {
      const options = reportOptions(report, sendMode);
      if ('failed' in options) return fail(options.failed);
      if (!options.allowEvent && sendMode === 'PromptUser' && !supportsMailbox('1.14')) {
        const rules = [...new Set(report.findings.filter((f) => isFlagged(f.severity)).map((f) => f.rule))];
        return advisoryOnOldClient(options, rules, checkedItem, limit, priorMark, Date.now()).then(finish, () => finish(options));
      }
      // The check ran: any "press Send again" mark from an earlier attempt no longer applies.
      return priorMark
        .then((mark) => (mark ? timeout(writeMark(checkedItem, undefined, limit), MARK_MS, 'clear').catch(() => undefined) : undefined))
        .then(() => finish(options), () => finish(options));
    })
    .catch((err: unknown) => fail(err instanceof TimeoutError ? budget : reason(err)));
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
