import { addCalendarDays } from '../../../src/engine/calendar';

describe('addCalendarDays', () => {
  it.each([
    ['2026-02-10', 1, '2026-02-11'],
    ['2026-02-28', 1, '2026-03-01'],
    ['2028-02-28', 1, '2028-02-29'],
    ['2025-12-31', 1, '2026-01-01'],
    ['2026-01-01', -1, '2025-12-31'],
    ['2026-03-28', 2, '2026-03-30'], // across the spring clock change: dates have no clock
    ['2026-10-24', 2, '2026-10-26'], // and the autumn one
    ['2026-02-10', 0, '2026-02-10'],
    ['2026-02-10', 365, '2027-02-10'],
  ])('%s %+d → %s', (date, days, expected) => {
    expect(addCalendarDays(date, days)).toBe(expected);
  });
});
