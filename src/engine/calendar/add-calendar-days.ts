import { parseLocalDate } from './parse-local-date';
import type { LocalDate } from './types';

/** The date `days` calendar days after (or before, when negative) `date`. No time zone involved. */
export function addCalendarDays(date: LocalDate, days: number): LocalDate {
  const { year, month, day } = parseLocalDate(date);
  // UTC arithmetic on a date with no clock time: summer-time changes cannot shift it.
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10);
}
