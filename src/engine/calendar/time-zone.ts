import { tzOffset } from '@date-fns/tz';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

const known = new Map<string, boolean>();

/**
 * Whether the runtime's time-zone database knows `timeZone` (an IANA name such as Europe/London,
 * or UTC). The same test the policy validator applies, so a zone a policy may name is a zone the
 * calendar accepts.
 */
export function isKnownTimeZone(timeZone: string): boolean {
  let ok = known.get(timeZone);
  if (ok === undefined) {
    try {
      new Intl.DateTimeFormat('en-GB', { timeZone });
      ok = true;
    } catch {
      ok = false;
    }
    known.set(timeZone, ok);
  }
  return ok;
}

/** Minutes east of UTC in `timeZone` at `epochMs` (60 during BST). Throws on an unknown zone. */
export function offsetAt(epochMs: number, timeZone: string): number {
  if (typeof timeZone !== 'string' || !isKnownTimeZone(timeZone)) {
    throw new RangeError(`unknown time zone: ${JSON.stringify(timeZone)}`);
  }
  const offset = tzOffset(timeZone, new Date(epochMs));
  if (!Number.isFinite(offset)) throw new RangeError(`unknown time zone: ${JSON.stringify(timeZone)}`);
  return offset + 0; // never -0
}

/** A wall-clock reading, every field as a UTC Date would give it. */
export interface WallClock {
  /** The wall-clock time encoded as if it were UTC: read it with getUTC… methods. */
  readonly asUtc: Date;
  /** Minutes east of UTC at that instant. */
  readonly offset: number;
}

/** What a clock on the wall in `timeZone` reads at `instant`. */
export function wallClock(instant: Date, timeZone: string): WallClock {
  const offset = offsetAt(instant.getTime(), timeZone);
  return { asUtc: new Date(instant.getTime() + offset * MINUTE), offset };
}

/**
 * The instant at which the wall clock in `timeZone` reads `local` (a wall time written as UTC
 * milliseconds). Clock changes are resolved the way clocks behave and deterministically:
 * - a time skipped when clocks go forward is read with the offset before the change, so it lands
 *   as far after the change as it was meant to be after its start (01:30 on the spring change day
 *   in London is 02:30 BST);
 * - a time that happens twice when clocks go back is the first of the two (01:30 on the autumn
 *   change day in London is 01:30 BST, 00:30 UTC).
 * Real zones never change their offset twice within two days, so the offsets a day either side
 * are the only ones that can apply.
 */
export function instantOfWallClock(local: number, timeZone: string): Date {
  const before = offsetAt(local - DAY, timeZone);
  const after = offsetAt(local + DAY, timeZone);
  const fits = (offset: number): number | undefined => {
    const candidate = local - offset * MINUTE;
    return offsetAt(candidate, timeZone) === offset ? candidate : undefined;
  };
  const early = fits(before);
  const late = before === after ? early : fits(after);
  if (early !== undefined && late !== undefined) return new Date(Math.min(early, late));
  const only = early ?? late;
  return new Date(only ?? local - before * MINUTE);
}
