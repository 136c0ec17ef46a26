import type { HolidayRegion } from '../model/policy';
import holidayData from './holiday-data.generated.json';
import type { LocalDate } from './types';

/**
 * The bank and public holidays (substitute days included, observances such as Mothering Sunday
 * left out) of each region, precomputed from the maintained date-holidays library by
 * scripts/extract-holiday-data.mjs at `npm run prepare`: region → year → "MM-DD" list.
 */
interface HolidayTable {
  readonly firstYear: number;
  readonly lastYear: number;
  readonly regions: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>;
}

const table: HolidayTable = holidayData;

/** The years the holiday table covers; dates outside them cannot be checked against holidays. */
export const HOLIDAY_YEARS: { readonly first: number; readonly last: number } = { first: table.firstYear, last: table.lastYear };

const byYear = new Map<string, ReadonlySet<LocalDate>>();

/**
 * The bank and public holidays of a region in one year, as local dates; built once per
 * (region, year) and cached, so checking a date afterwards is a set lookup.
 * @throws RangeError for an unknown region or a year outside {@link HOLIDAY_YEARS}: a working-day
 *   count across such a year would be wrong, so it is never guessed.
 */
export function holidayDates(region: HolidayRegion, year: number): ReadonlySet<LocalDate> {
  const key = `${region}:${year}`;
  let dates = byYear.get(key);
  if (!dates) {
    const years = Object.prototype.hasOwnProperty.call(table.regions, region) ? table.regions[region] : undefined;
    if (!years) throw new RangeError(`unknown holiday region: ${JSON.stringify(region)}`);
    const days = Number.isInteger(year) && Object.prototype.hasOwnProperty.call(years, String(year)) ? years[String(year)] : undefined;
    if (!days) {
      throw new RangeError(
        `bank holidays are known only for ${table.firstYear}–${table.lastYear}; ${String(year)} is outside that range, so working days in it cannot be counted`,
      );
    }
    dates = new Set(days.map((md) => `${year}-${md}`));
    byYear.set(key, dates);
  }
  return dates;
}
