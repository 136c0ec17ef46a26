import { isWithinWorkingHours } from '../../../src/engine/calendar';
import { ENGLAND } from '../../support/calendar-policy';

describe('isWithinWorkingHours', () => {
  it.each([
    ['2026-02-10T09:00:00Z', true, 'opening time'],
    ['2026-02-10T08:59:00Z', false, 'a minute before'],
    ['2026-02-10T16:59:00Z', true, 'a minute before the end'],
    ['2026-02-10T17:00:00Z', false, 'the end of the day'],
    ['2026-06-10T16:30:00Z', false, '17:30 BST'],
    ['2026-06-10T08:30:00Z', true, '09:30 BST'],
    ['2026-02-14T11:00:00Z', false, 'Saturday'],
    ['2025-12-25T11:00:00Z', false, 'Christmas Day'],
  ])('%s: %s (%s)', (at, expected) => {
    expect(isWithinWorkingHours(at, ENGLAND)).toBe(expected);
  });
});
