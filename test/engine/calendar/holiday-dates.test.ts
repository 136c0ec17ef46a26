import { holidayDates } from '../../../src/engine/calendar';
import { HOLIDAY_YEARS } from '../../../src/engine/calendar/holiday-dates';

const sorted = (s: ReadonlySet<string>) => [...s].sort();

describe('holidayDates', () => {
  it('England and Wales 2026: bank holidays including the Boxing Day substitute, no observances', () => {
    expect(sorted(holidayDates('GB-ENG', 2026))).toEqual([
      '2026-01-01',
      '2026-04-03', // Good Friday
      '2026-04-06', // Easter Monday
      '2026-05-04',
      '2026-05-25',
      '2026-08-31',
      '2026-12-25',
      '2026-12-26', // Boxing Day (a Saturday)
      '2026-12-28', // its substitute
    ]);
  });

  it('leaves out observances such as Mothering Sunday and Easter Sunday', () => {
    const dates = holidayDates('GB-ENG', 2026);
    expect(dates.has('2026-03-15')).toBe(false);
    expect(dates.has('2026-04-05')).toBe(false);
  });

  it('2027: Christmas and Boxing Day fall at a weekend, so both substitutes follow', () => {
    const dates = holidayDates('GB-ENG', 2027);
    expect(dates.has('2027-12-27')).toBe(true);
    expect(dates.has('2027-12-28')).toBe(true);
  });

  it("Scotland: 2 January and St Andrew's Day, no Easter Monday, August holiday early in the month", () => {
    const dates = holidayDates('GB-SCT', 2026);
    expect(dates.has('2026-01-02')).toBe(true);
    expect(dates.has('2026-11-30')).toBe(true);
    expect(dates.has('2026-04-06')).toBe(false);
    expect(dates.has('2026-08-03')).toBe(true);
    expect(dates.has('2026-08-31')).toBe(false);
  });

  it("Scotland 2025: St Andrew's Day on a Sunday moves to Monday 1 December", () => {
    expect(holidayDates('GB-SCT', 2025).has('2025-12-01')).toBe(true);
    expect(holidayDates('GB-ENG', 2025).has('2025-12-01')).toBe(false);
  });

  it("Northern Ireland: St Patrick's Day and the Battle of the Boyne", () => {
    const dates = holidayDates('GB-NIR', 2026);
    expect(dates.has('2026-03-17')).toBe(true);
    expect(dates.has('2026-07-13')).toBe(true); // 12 July 2026 is a Sunday
    expect(dates.has('2026-04-06')).toBe(true);
  });

  it('computes each region and year once', () => {
    expect(holidayDates('GB-ENG', 2030)).toBe(holidayDates('GB-ENG', 2030));
  });

  it('Christmas 2025 and Easter 2026 in England', () => {
    expect(holidayDates('GB-ENG', 2025).has('2025-12-25')).toBe(true);
    expect(holidayDates('GB-ENG', 2026).has('2026-04-06')).toBe(true);
  });

  it('covers the table years and refuses a year outside them with a RangeError naming the range', () => {
    expect(holidayDates('GB-ENG', HOLIDAY_YEARS.first).has(`${HOLIDAY_YEARS.first}-12-25`)).toBe(true);
    expect(holidayDates('GB-NIR', HOLIDAY_YEARS.last).has(`${HOLIDAY_YEARS.last}-03-17`)).toBe(true);
    expect(() => holidayDates('GB-ENG', HOLIDAY_YEARS.first - 1)).toThrow(RangeError);
    expect(() => holidayDates('GB-SCT', HOLIDAY_YEARS.last + 1)).toThrow(`${HOLIDAY_YEARS.first}–${HOLIDAY_YEARS.last}`);
    expect(() => holidayDates('GB-ENG', 2026.5)).toThrow(RangeError);
  });

  it('refuses an unknown region', () => {
    expect(() => holidayDates('GB-WLS' as never, 2026)).toThrow(/unknown holiday region/);
  });
});
