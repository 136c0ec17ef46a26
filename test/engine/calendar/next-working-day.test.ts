import { nextWorkingDay } from '../../../src/engine/calendar';
import { ENGLAND, SCOTLAND } from '../../support/calendar-policy';

describe('nextWorkingDay', () => {
  it.each([
    ['2026-02-10', '2026-02-11'],
    ['2026-02-13', '2026-02-16'], // Friday → Monday
    ['2026-02-14', '2026-02-16'], // Saturday → Monday
    ['2026-04-02', '2026-04-07'], // over Good Friday and Easter Monday
    ['2026-12-24', '2026-12-29'], // over Christmas, Boxing Day (Sat) and its substitute
    ['2025-12-31', '2026-01-02'],
  ])('England: after %s comes %s', (date, expected) => {
    expect(nextWorkingDay(date, ENGLAND)).toBe(expected);
  });

  it('Scotland keeps 2 January as well', () => {
    expect(nextWorkingDay('2025-12-31', SCOTLAND)).toBe('2026-01-05');
  });

  it('throws rather than loop when no weekday is a working day', () => {
    expect(() => nextWorkingDay('2026-02-10', { ...ENGLAND, workingDays: [] })).toThrow(/workingDays/);
  });
});
