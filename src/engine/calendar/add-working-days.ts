import { nextWorkingDay } from './next-working-day';
import type { CalendarPolicy, LocalDate } from './types';

/**
 * The `days`-th working day after `date` (`date` itself when `days` is 0). `date` need not be a
 * working day: counting starts from the day after it either way.
 */
export function addWorkingDays(date: LocalDate, days: number, policy: CalendarPolicy): LocalDate {
  if (!Number.isInteger(days) || days < 0) throw new RangeError(`working days must be a whole number of 0 or more, got ${days}`);
  let day = date;
  for (let i = 0; i < days; i++) day = nextWorkingDay(day, policy);
  return day;
}
