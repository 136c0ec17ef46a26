import { addCalendarDays } from './add-calendar-days';
import { isWorkingDay } from './is-working-day';
import type { CalendarPolicy, LocalDate } from './types';

/** A year and a bit: no real calendar goes this long without a working day. */
const SEARCH_LIMIT = 400;

/** The first working day strictly after `date`. */
export function nextWorkingDay(date: LocalDate, policy: CalendarPolicy): LocalDate {
  let day = date;
  for (let i = 0; i < SEARCH_LIMIT; i++) {
    day = addCalendarDays(day, 1);
    if (isWorkingDay(day, policy)) return day;
  }
  throw new RangeError(`no working day within ${SEARCH_LIMIT} days after ${date}: check workingDays`);
}
