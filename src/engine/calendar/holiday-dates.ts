import Holidays from 'date-holidays-parser';
import type { HolidayRegion } from '../model/policy';
import holidayData from './holiday-data.generated.json';
import type { LocalDate } from './types';

/** The library's state code for each policy region (England and Wales share one calendar). */
const STATE: Readonly<Record<HolidayRegion, string>> = { 'GB-ENG': 'ENG', 'GB-SCT': 'SCT', 'GB-NIR': 'NIR' };

/** Days off for offices: public and bank holidays, substitute days included, never observances (Mother's Day). */
const DAY_OFF_TYPES = ['public', 'bank'];

const calendars = new Map<HolidayRegion, Holidays>();
const byYear = new Map<string, ReadonlySet<LocalDate>>();

function calendarFor(region: HolidayRegion): Holidays {
  let hd = calendars.get(region);
  if (!hd) {
    const state = STATE[region];
    if (!state) throw new RangeError(`unknown holiday region: ${JSON.stringify(region)}`);
    hd = new Holidays(holidayData, 'GB', state, { types: DAY_OFF_TYPES });
    calendars.set(region, hd);
  }
  return hd;
}

/**
 * The bank and public holidays of a region in one year, as local dates. Computed once per
 * (region, year) and cached, so checking a date afterwards is a set lookup.
 */
export function holidayDates(region: HolidayRegion, year: number): ReadonlySet<LocalDate> {
  const key = `${region}:${year}`;
  let dates = byYear.get(key);
  if (!dates) {
    dates = new Set(
      calendarFor(region)
        .getHolidays(year)
        .filter((h) => DAY_OFF_TYPES.includes(h.type))
        .map((h) => h.date.slice(0, 10)),
    );
    byYear.set(key, dates);
  }
  return dates;
}
