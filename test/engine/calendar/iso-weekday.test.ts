import { isoWeekday } from '../../../src/engine/calendar';

describe('isoWeekday', () => {
  it.each([
    ['2026-02-09', 1],
    ['2026-02-13', 5],
    ['2026-02-14', 6],
    ['2026-02-15', 7],
    ['2025-12-25', 4],
    ['2026-03-29', 7],
  ])('%s is day %d', (date, day) => {
    expect(isoWeekday(date)).toBe(day);
  });
});
