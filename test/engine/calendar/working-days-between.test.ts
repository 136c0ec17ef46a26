import { workingDaysBetween } from '../../../src/engine/calendar';
import { ENGLAND } from '../../support/calendar-policy';

describe('workingDaysBetween', () => {
  it.each([
    ['2026-02-09T10:00:00Z', '2026-02-13T11:00:00Z', 4, 'Monday to Friday'],
    ['2026-02-09T10:00:00Z', '2026-02-09T15:00:00Z', 0, 'the same day'],
    ['2026-02-20T18:30:00Z', '2026-03-03T09:30:00Z', 6, 'from a Friday evening (day 0 Monday)'],
    ['2026-04-02T16:30:00Z', '2026-04-14T14:00:00Z', 5, 'over Easter'],
    ['2026-02-13T18:30:00Z', '2026-02-14T10:00:00Z', 0, 'answered on Saturday, before day 0'],
    ['2026-02-09T10:00:00Z', '2026-02-15T10:00:00Z', 4, 'answered on the Sunday'],
  ])('%s → %s: %d (%s)', (received, replied, expected) => {
    expect(workingDaysBetween(received, replied, ENGLAND)).toBe(expected);
  });
});
