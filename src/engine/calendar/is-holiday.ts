import type { HolidayRegion } from '../model/policy';
import { holidayDates } from './holiday-dates';
import { parseLocalDate } from './parse-local-date';
import type { LocalDate } from './types';

/** Whether a local date is a bank or public holiday (including substitute days) in the region. */
export function isHoliday(date: LocalDate, region: HolidayRegion): boolean {
  return holidayDates(region, parseLocalDate(date).year).has(date);
}
