import { DateTime } from 'luxon';
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
  const dt = DateTime.fromJSDate(toInstant(instant), { zone: timeZone });
  if (!dt.isValid) throw new RangeError(`unknown time zone: ${JSON.stringify(timeZone)}`);
  return { date: dt.toISODate() as LocalDate, weekday: dt.weekday, minutes: dt.hour * 60 + dt.minute, offset: dt.offset };
}
