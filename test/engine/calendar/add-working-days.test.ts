import { addWorkingDays } from '../../../src/engine/calendar';
import { ENGLAND } from '../../support/calendar-policy';

describe('addWorkingDays', () => {
  it.each([
    ['2026-02-09', 0, '2026-02-09'],
    ['2026-02-09', 5, '2026-02-16'], // Monday + 5 → next Monday
    ['2026-02-12', 2, '2026-02-16'], // over a weekend
    ['2026-02-14', 1, '2026-02-16'], // from a Saturday
    ['2025-12-19', 5, '2025-12-30'], // over Christmas 2025
    ['2026-04-07', 5, '2026-04-14'],
    ['2026-12-23', 3, '2026-12-30'], // 24, (25, 26, 27, 28 off), 29, 30
    ['2026-02-10', 20, '2026-03-10'],
  ])('%s + %d working days → %s', (date, days, expected) => {
    expect(addWorkingDays(date, days, ENGLAND)).toBe(expected);
  });

  it('follows custom working days (Monday to Thursday)', () => {
    expect(addWorkingDays('2026-02-12', 1, { ...ENGLAND, workingDays: [1, 2, 3, 4] })).toBe('2026-02-16');
  });

  it.each([-1, 1.5, Number.NaN])('rejects %p days', (days) => {
    expect(() => addWorkingDays('2026-02-10', days, ENGLAND)).toThrow(RangeError);
  });
});
