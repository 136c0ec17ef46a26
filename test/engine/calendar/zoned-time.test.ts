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

  it('the whole skipped hour (01:00–01:59 GMT does not exist on 29 March 2026) moves forward an hour', () => {
    expect(zonedTime('2026-03-29', '00:59', LONDON).toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(zonedTime('2026-03-29', '01:00', LONDON).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(zonedTime('2026-03-29', '02:00', LONDON).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('a time repeated by the autumn change (01:00–01:59 on 25 October 2026) is its first, BST, occurrence', () => {
    expect(zonedTime('2026-10-25', '00:59', LONDON).toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(zonedTime('2026-10-25', '01:30', LONDON).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(zonedTime('2026-10-25', '02:00', LONDON).toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('changes on the last Sunday of the month in other years too', () => {
    expect(zonedTime('2025-03-30', '09:00', LONDON).toISOString()).toBe('2025-03-30T08:00:00.000Z');
    expect(zonedTime('2025-03-29', '09:00', LONDON).toISOString()).toBe('2025-03-29T09:00:00.000Z');
    expect(zonedTime('2025-10-26', '09:00', LONDON).toISOString()).toBe('2025-10-26T09:00:00.000Z');
    expect(zonedTime('2025-10-25', '09:00', LONDON).toISOString()).toBe('2025-10-25T08:00:00.000Z');
  });

  it('UTC has no clock changes', () => {
    expect(zonedTime('2026-03-29', '01:30', 'UTC').toISOString()).toBe('2026-03-29T01:30:00.000Z');
    expect(zonedTime('2026-10-25', '01:30', 'UTC').toISOString()).toBe('2026-10-25T01:30:00.000Z');
  });

  it('works in other zones', () => {
    expect(zonedTime('2026-02-10', '09:00', 'America/New_York').toISOString()).toBe('2026-02-10T14:00:00.000Z');
  });

  it('rejects an unknown zone or a bad clock', () => {
    expect(() => zonedTime('2026-02-10', '09:00', 'Nowhere/Special')).toThrow(/time zone/);
    expect(() => zonedTime('2026-02-10', '9am', LONDON)).toThrow(RangeError);
  });
});
