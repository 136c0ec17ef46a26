import { zonedTime } from '../../../src/engine/calendar';

const LONDON = 'Europe/London';

describe('zonedTime', () => {
  it('17:00 in London is 17:00 UTC in winter and 16:00 UTC in summer', () => {
    expect(zonedTime('2025-12-30', '17:00', LONDON).toISOString()).toBe('2025-12-30T17:00:00.000Z');
    expect(zonedTime('2026-04-14', '17:00', LONDON).toISOString()).toBe('2026-04-14T16:00:00.000Z');
  });

  it('on the days the clocks change', () => {
    expect(zonedTime('2026-03-29', '09:00', LONDON).toISOString()).toBe('2026-03-29T08:00:00.000Z');
    expect(zonedTime('2026-10-25', '09:00', LONDON).toISOString()).toBe('2026-10-25T09:00:00.000Z');
  });

  it('a time skipped by the spring change resolves an hour later', () => {
    expect(zonedTime('2026-03-29', '01:30', LONDON).toISOString()).toBe('2026-03-29T01:30:00.000Z');
  });

  it('works in other zones', () => {
    expect(zonedTime('2026-02-10', '09:00', 'America/New_York').toISOString()).toBe('2026-02-10T14:00:00.000Z');
  });

  it('rejects an unknown zone or a bad clock', () => {
    expect(() => zonedTime('2026-02-10', '09:00', 'Nowhere/Special')).toThrow(/time zone/);
    expect(() => zonedTime('2026-02-10', '9am', LONDON)).toThrow(RangeError);
  });
});
