import { isHoliday } from './is-holiday';
import { isoWeekday } from './iso-weekday';
import { localParts } from './local-parts';
import type { CalendarPolicy, LocalDate } from './types';

/**
 * Whether a day is a working day: one of the policy's working weekdays and not a bank holiday of
 * its region. A local date is taken as is; an instant is first read in the policy's time zone.
 */
export function isWorkingDay(date: LocalDate | Date, policy: CalendarPolicy): boolean {
  const local = typeof date === 'string' ? date : localParts(date, policy.timeZone).date;
  return policy.workingDays.includes(isoWeekday(local)) && !isHoliday(local, policy.holidayRegion);
}
