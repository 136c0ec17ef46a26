import { parseLocalDate } from '../../../src/engine/calendar';

describe('parseLocalDate', () => {
  it('splits a calendar date', () => {
    expect(parseLocalDate('2026-04-07')).toEqual({ year: 2026, month: 4, day: 7 });
    expect(parseLocalDate('2028-02-29')).toEqual({ year: 2028, month: 2, day: 29 });
  });

  it.each(['2026-02-30', '2027-02-29', '2026-13-01', '2026-4-7', '07/04/2026', '2026-04-07T10:00:00Z', ''])('rejects %j', (bad) => {
    expect(() => parseLocalDate(bad)).toThrow(RangeError);
  });
});
