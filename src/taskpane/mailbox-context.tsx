import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { checkDraft } from '../engine';
import type { MailboxPort } from '../adapters/mailbox/port';

/** The engine entry the pane calls; replaceable so component tests can hand in a fixed report. */
export type CheckFn = typeof checkDraft;

interface MailboxContextValue {
  readonly port: MailboxPort;
  /** The pane's idea of "now" (deadline standing, compose checks); the playground can pin it. */
  readonly clock: () => Date;
  readonly check: CheckFn;
}

const MailboxContext = createContext<MailboxContextValue | null>(null);

export interface MailboxProviderProps {
  readonly port: MailboxPort;
  readonly clock?: () => Date;
  readonly check?: CheckFn;
  readonly children: ReactNode;
}

const systemClock = () => new Date();

/** Gives every component the mailbox port. The UI never reaches for Office.js itself. */
export function MailboxProvider({ port, clock = systemClock, check = checkDraft, children }: MailboxProviderProps) {
  const value = useMemo(() => ({ port, clock, check }), [port, clock, check]);
  return <MailboxContext.Provider value={value}>{children}</MailboxContext.Provider>;
}

export function useMailbox(): MailboxContextValue {
  const value = useContext(MailboxContext);
  if (!value) throw new Error('useMailbox must be used inside <MailboxProvider>');
  return value;
}
