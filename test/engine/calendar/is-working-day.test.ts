import { isWorkingDay } from '../../../src/engine/calendar';
import { ENGLAND, SCOTLAND } from '../../support/calendar-policy';

describe('isWorkingDay', () => {
  it.each([
    ['2026-02-10', true], // Tuesday
    ['2026-02-14', false], // Saturday
    ['2026-02-15', false], // Sunday
    ['2025-12-25', false], // Christmas Day
    ['2026-04-03', false], // Good Friday
    ['2026-04-06', false], // Easter Monday
    ['2026-12-28', false], // Boxing Day substitute
    ['2026-04-07', true],
  ])('England %s: %s', (date, expected) => {
    expect(isWorkingDay(date, ENGLAND)).toBe(expected);
  });

  it('follows the region', () => {
    expect(isWorkingDay('2026-04-06', SCOTLAND)).toBe(true);
    expect(isWorkingDay('2026-01-02', SCOTLAND)).toBe(false);
    expect(isWorkingDay('2026-01-02', ENGLAND)).toBe(true);
  });

  it('follows custom working days (Sunday to Thursday)', () => {
    const policy = { ...ENGLAND, workingDays: [7, 1, 2, 3, 4] };
    expect(isWorkingDay('2026-02-15', policy)).toBe(true);
    expect(isWorkingDay('2026-02-13', policy)).toBe(false);
  });

  it('reads an instant in the policy time zone', () => {
    // 23:30 UTC on Sunday 29 March 2026 is 00:30 BST on Monday.
    expect(isWorkingDay(new Date('2026-03-29T23:30:00Z'), ENGLAND)).toBe(true);
    // 23:30 UTC on Sunday 1 February is still Sunday in London (GMT).
    expect(isWorkingDay(new Date('2026-02-01T23:30:00Z'), ENGLAND)).toBe(false);
  });
});
