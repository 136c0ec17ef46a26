import { DateTime } from 'luxon';
import { parseClock } from './parse-clock';
import { parseLocalDate } from './parse-local-date';
import type { LocalDate } from './types';

/**
 * The instant a wall clock in `timeZone` shows `clock` on `date`. A time that the spring-forward
 * change skips resolves to the same moment an hour later, as clocks do.
 */
export function zonedTime(date: LocalDate, clock: string, timeZone: string): Date {
  const { year, month, day } = parseLocalDate(date);
  const minutes = parseClock(clock);
  const dt = DateTime.fromObject({ year, month, day, hour: Math.floor(minutes / 60), minute: minutes % 60 }, { zone: timeZone });
  if (!dt.isValid) throw new RangeError(`unknown time zone: ${JSON.stringify(timeZone)}`);
  return dt.toJSDate();
}
