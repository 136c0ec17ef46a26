import { wallClock } from './time-zone';
import { toInstant } from './to-instant';
import type { LocalDate } from './types';

/** An instant as a clock on the wall in one time zone reads it. */
export interface LocalParts {
  readonly date: LocalDate;
  /** ISO weekday, Monday = 1. */
  readonly weekday: number;
  /** Minutes after local midnight. */
  readonly minutes: number;
  /** Offset from UTC in minutes at that instant (60 during BST). */
  readonly offset: number;
}

/** Read an instant in an IANA time zone (GMT/BST changes included). Throws on an unknown zone. */
export function localParts(instant: Date | string, timeZone: string): LocalParts {
  const { asUtc, offset } = wallClock(toInstant(instant), timeZone);
  return {
    date: asUtc.toISOString().slice(0, 10) as LocalDate,
    weekday: asUtc.getUTCDay() || 7,
    minutes: asUtc.getUTCHours() * 60 + asUtc.getUTCMinutes(),
    offset,
  };
}
