import { toInstant } from '../../../src/engine/calendar';

describe('toInstant', () => {
  it('accepts a Date or an ISO string', () => {
    const d = new Date('2026-02-10T10:30:00Z');
    expect(toInstant(d)).toBe(d);
    expect(toInstant('2026-02-10T11:30:00+01:00').toISOString()).toBe('2026-02-10T10:30:00.000Z');
  });

  it('rejects values that are not instants', () => {
    expect(() => toInstant('next Tuesday')).toThrow(RangeError);
    expect(() => toInstant(new Date(Number.NaN))).toThrow(RangeError);
  });
});
