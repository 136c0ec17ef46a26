import { dayZero } from '../../../src/engine/calendar';
import { ENGLAND } from '../../support/calendar-policy';

describe('dayZero', () => {
  it.each([
    ['2026-02-09T10:00:00Z', '2026-02-09', 'a working day, in hours'],
    ['2026-02-09T07:00:00Z', '2026-02-09', 'a working day, before opening'],
    ['2026-02-09T16:59:59Z', '2026-02-09', 'one second before the end of the day'],
    ['2026-02-09T17:00:00Z', '2026-02-10', 'exactly at the end of working hours'],
    ['2026-02-13T18:30:00Z', '2026-02-16', 'Friday evening'],
    ['2026-02-14T11:00:00Z', '2026-02-16', 'Saturday'],
    ['2026-04-02T16:30:00Z', '2026-04-07', 'Thursday 17:30 BST before Easter'],
    ['2026-04-03T09:05:00Z', '2026-04-07', 'Good Friday'],
    ['2026-03-31T16:20:00Z', '2026-04-01', '16:20 UTC is 17:20 BST'],
    ['2025-10-27T16:45:00Z', '2025-10-27', '16:45 GMT, the Monday after the clocks went back'],
    ['2026-03-29T23:30:00Z', '2026-03-30', 'late Sunday in UTC is early Monday in BST'],
    ['2025-12-24T15:40:00Z', '2025-12-24', 'Christmas Eve afternoon'],
    ['2025-12-24T17:10:00Z', '2025-12-29', 'Christmas Eve evening'],
  ])('%s → %s (%s)', (at, expected) => {
    expect(dayZero(at, ENGLAND)).toBe(expected);
  });

  it('follows custom working hours', () => {
    const early = { ...ENGLAND, workingHours: { start: '08:00', end: '16:00' } };
    expect(dayZero('2026-02-09T15:59:00Z', early)).toBe('2026-02-09');
    expect(dayZero('2026-02-09T16:00:00Z', early)).toBe('2026-02-10');
  });
});
