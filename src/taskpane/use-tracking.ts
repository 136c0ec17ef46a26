import { useCallback, useEffect, useRef, useState } from 'react';
import type { Deadline } from '../engine';
import type { TrackedEnquiry } from '../adapters/mailbox/port';
import { toFailure, type Failure } from './failure';
import { useMailbox } from './mailbox-context';

export type TrackingAction = 'startReminder' | 'markReplied' | 'draftInterimReply';

export interface Tracking {
  readonly loading: boolean;
  /** Read mode: this item's record. Compose mode: the tracked enquiry this reply answers. */
  readonly current?: TrackedEnquiry;
  /** Every tracked enquiry in the mailbox's register (read mode only). */
  readonly all: readonly TrackedEnquiry[];
  readonly error?: Failure & { readonly retry: () => void };
  readonly busy?: TrackingAction;
  readonly startReminder: (deadline: Deadline) => Promise<void>;
  readonly markReplied: (itemId: string) => Promise<void>;
  readonly draftInterimReply: (deadline: Deadline) => Promise<void>;
  /** Something the pane should announce after an action ("Reminder started"). */
  readonly notice?: string;
  /** Reminders the mailbox could not create when the reminder was started, and why. */
  readonly notes: readonly string[];
}

/**
 * Tracking state is always read back from the mailbox (the port) after every change, never kept
 * only in memory, so what the pane shows is what survives a reload or another device.
 * `itemKey` changes when another item is shown, which reloads the state.
 */
export function useTracking(itemKey: unknown): Tracking {
  const { port } = useMailbox();
  const [current, setCurrent] = useState<TrackedEnquiry | undefined>();
  const [all, setAll] = useState<readonly TrackedEnquiry[]>([]);
  const [loading, setLoading] = useState(true);
  const [busy, setBusy] = useState<TrackingAction | undefined>();
  const [error, setError] = useState<Tracking['error']>();
  const [notice, setNotice] = useState<string | undefined>();
  const [notes, setNotes] = useState<readonly string[]>([]);
  const latest = useRef(0);

  const reload = useCallback(async () => {
    const id = ++latest.current;
    setLoading(true);
    try {
      const [mine, register] = await Promise.all([
        port.getTracking().catch((err: unknown) => Promise.reject(toFailure(err, 'getTracking'))),
        port.mode === 'read'
          ? port.listTracked().catch((err: unknown) => Promise.reject(toFailure(err, 'listTracked')))
          : Promise.resolve([] as readonly TrackedEnquiry[]),
      ]);
      if (id !== latest.current) return;
      setCurrent(mine);
      setAll(register);
      setError(undefined);
    } catch (err) {
      if (id !== latest.current) return;
      setError({ ...(err as Failure), retry: () => void reload() });
    } finally {
      if (id === latest.current) setLoading(false);
    }
  }, [port]);

  useEffect(() => {
    setNotice(undefined);
    setNotes([]);
    void reload();
    return () => {
      latest.current++;
    };
  }, [reload, itemKey]);

  const act = useCallback(
    async (action: TrackingAction, call: () => Promise<unknown>, done: string) => {
      setBusy(action);
      setError(undefined);
      try {
        await call();
        setNotice(done);
        await reload();
      } catch (err) {
        setError({ ...toFailure(err, action), retry: () => void act(action, call, done) });
      } finally {
        setBusy(undefined);
      }
    },
    [reload],
  );

  return {
    loading,
    current,
    all,
    error,
    busy,
    notice,
    notes,
    startReminder: (deadline) =>
      act(
        'startReminder',
        () => port.startReminder(deadline).then((record) => setNotes(record.notes ?? [])),
        'Reminder started.',
      ),
    markReplied: (itemId) => act('markReplied', () => port.markReplied(itemId), 'Marked as replied.'),
    draftInterimReply: (deadline) => act('draftInterimReply', () => port.draftInterimReply(deadline), 'Interim reply opened.'),
  };
}
