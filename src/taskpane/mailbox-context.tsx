import { createContext, useContext, useMemo, type ReactNode } from 'react';
import type { CheckOptions, Draft, Policy, Report } from '../engine';
import type { MailboxPort } from '../adapters/mailbox/port';
import { warmEngine } from './engine-loader';

/**
 * The engine entry the pane calls (the engine's `checkDraft`, through the engine loader); replaceable so
 * component tests can hand in a fixed report.
 */
export type CheckFn = (draft: Draft, policy: Policy, options?: CheckOptions) => Report | Promise<Report>;

interface MailboxContextValue {
  readonly port: MailboxPort;
  /** The pane's idea of "now" (deadline standing, compose checks); the playground can pin it. */
  readonly clock: () => Date;
  readonly check: CheckFn;
  /**
   * Gets `check` ready to run (fetches the engine and starts its one-off set-up). Called while the
   * pane waits on Outlook; never rejects (a failure shows when `check` itself runs).
   */
  readonly prepareCheck: () => Promise<void>;
}

const MailboxContext = createContext<MailboxContextValue | null>(null);

export interface MailboxProviderProps {
  readonly port: MailboxPort;
  readonly clock?: () => Date;
  readonly check?: CheckFn;
  readonly children: ReactNode;
}

const systemClock = () => new Date();

/** The real engine, evaluated through the loader the first time it is needed. */
const engineCheck: CheckFn = async (draft, policy, options) => (await warmEngine()).checkDraft(draft, policy, options);

const prepareEngine = () =>
  warmEngine().then(
    () => undefined,
    () => undefined,
  );
const nothingToPrepare = () => Promise.resolve();

/** Gives every component the mailbox port. The UI never reaches for Office.js itself. */
export function MailboxProvider({ port, clock = systemClock, check, children }: MailboxProviderProps) {
  const value = useMemo(
    () => ({ port, clock, check: check ?? engineCheck, prepareCheck: check ? nothingToPrepare : prepareEngine }),
    [port, clock, check],
  );
  return <MailboxContext.Provider value={value}>{children}</MailboxContext.Provider>;
}

export function useMailbox(): MailboxContextValue {
  const value = useContext(MailboxContext);
  if (!value) throw new Error('useMailbox must be used inside <MailboxProvider>');
  return value;
}
