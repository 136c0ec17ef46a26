import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { Draft, Report } from '../engine';
import { DEFAULT_POLICY, resolvePolicy, type Policy } from '../engine/model/policy';
import type { PolicySource } from '../adapters/policy';
import { toFailure, type Failure } from './failure';
import { useMailbox } from './mailbox-context';

export interface DraftCheck {
  /** `loading` until the first result; `error` when reading or checking failed. */
  readonly status: 'loading' | 'ready' | 'error';
  /** True while any check is running, including re-checks behind a shown result. */
  readonly checking: boolean;
  readonly report?: Report;
  readonly draft?: Draft;
  readonly policy?: Policy;
  /** How the policy in force was obtained, when the mailbox says (cached or default = a fallback). */
  readonly policySource?: PolicySource;
  readonly error?: Failure;
  /** Read the item again and re-run the check. */
  readonly recheck: () => Promise<void>;
}

interface State {
  readonly status: DraftCheck['status'];
  readonly checking: boolean;
  readonly report?: Report;
  readonly draft?: Draft;
  readonly policy?: Policy;
  readonly policySource?: PolicySource;
  readonly error?: Failure;
}

interface LoadedPolicy {
  readonly policy: Policy;
  readonly source?: PolicySource;
}

/**
 * Reads the item through the port, runs the engine on it, and runs again whenever the port says
 * the item changed (recipients edited, another message selected in a pinned pane). Only the newest
 * run's result is shown, so a slow read can never overwrite a newer one.
 */
export function useDraftCheck(): DraftCheck {
  const { port, clock, check, prepareCheck } = useMailbox();
  const [state, setState] = useState<State>({ status: 'loading', checking: true });
  const latest = useRef(0);
  const policy = useRef<Promise<LoadedPolicy> | null>(null);

  const run = useCallback(async () => {
    const id = ++latest.current;
    setState((s) => ({ ...s, checking: true, ...(s.status === 'error' ? { status: 'loading' as const, error: undefined } : {}) }));
    // The policy is loaded once, alongside the first read, and again only after it failed.
    const policyCall = (policy.current ??= port.loadPolicy().then(
      (file) => ({ policy: file ? resolvePolicy(file) : DEFAULT_POLICY, source: port.policySource?.() }),
      (err: unknown) => {
        policy.current = null;
        throw toFailure(err, 'loadPolicy');
      },
    ));
    const draftCall = port.readDraft().catch((err: unknown) => {
      throw toFailure(err, 'readDraft');
    });
    // The reads are out; while Outlook answers, fetch the engine and do its one-off set-up.
    const checkReady = prepareCheck();
    try {
      const [draft, loaded] = await Promise.all([draftCall, policyCall, checkReady]);
      const resolved = loaded.policy;
      let report: Report;
      try {
        const now = port.mode === 'read' && draft.receivedAt ? new Date(draft.receivedAt) : clock();
        const started = performance.now();
        report = await check(draft, resolved, { now });
        measureCheck(started);
      } catch (err) {
        throw toFailure(err, 'checkDraft');
      }
      if (id !== latest.current) return;
      setState({ status: 'ready', checking: false, report, draft, policy: resolved, policySource: loaded.source });
    } catch (err) {
      if (id !== latest.current) return;
      const failure = isFailure(err) ? err : toFailure(err, 'readDraft');
      setState({ status: 'error', checking: false, error: failure });
    }
  }, [port, clock, check, prepareCheck]);

  // A layout effect: the first Outlook calls go out before the loading state is painted, so the
  // host answers while the browser paints instead of after.
  useLayoutEffect(() => {
    void run();
    const unsubscribe = port.onItemChanged(() => void run());
    return () => {
      unsubscribe();
      latest.current++;
      policy.current = null;
    };
  }, [port, run]);

  return { ...state, recheck: run };
}

/** Leave the engine's run time in the page's User Timing entries ("pg-check"), for the latency bench. */
function measureCheck(start: number): void {
  try {
    performance.measure('pg-check', { start, end: performance.now() });
  } catch {
    // No User Timing here (an older runtime): nothing is lost but the measurement.
  }
}

function isFailure(x: unknown): x is Failure {
  return typeof x === 'object' && x !== null && !(x instanceof Error) && 'operation' in x && 'message' in x;
}
