import { parseClock } from './parse-clock';
import { parseLocalDate } from './parse-local-date';
import { instantOfWallClock } from './time-zone';
import type { LocalDate } from './types';

/**
 * The instant a wall clock in `timeZone` shows `clock` on `date`. A time that the spring-forward
 * change skips resolves to the same moment an hour later, as clocks do; a time the autumn change
 * repeats is its first occurrence (still summer time).
 */
export function zonedTime(date: LocalDate, clock: string, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  const minutes = parseClock(clock);
  return instantOfWallClock(Date.UTC(year, month - 1, day, Math.floor(minutes / 60), minutes % 60), timeZone);
}
