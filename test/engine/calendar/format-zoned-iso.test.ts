import { formatZonedIso } from '../../../src/engine/calendar';

describe('formatZonedIso', () => {
  it('writes the local time with its offset and whole seconds', () => {
    expect(formatZonedIso(new Date('2025-12-30T17:00:00.250Z'), 'Europe/London')).toBe('2025-12-30T17:00:00+00:00');
    expect(formatZonedIso('2026-04-14T16:00:00Z', 'Europe/London')).toBe('2026-04-14T17:00:00+01:00');
  });

  it('never writes Z, even in UTC', () => {
    expect(formatZonedIso('2026-02-10T10:00:00Z', 'UTC')).toBe('2026-02-10T10:00:00+00:00');
  });

  it('writes each side of a clock change with its own offset', () => {
    expect(formatZonedIso('2026-10-25T00:30:00Z', 'Europe/London')).toBe('2026-10-25T01:30:00+01:00');
    expect(formatZonedIso('2026-10-25T01:30:00Z', 'Europe/London')).toBe('2026-10-25T01:30:00+00:00');
    expect(formatZonedIso('2026-03-29T01:00:00Z', 'Europe/London')).toBe('2026-03-29T02:00:00+01:00');
  });

  it('writes negative and non-hour offsets', () => {
    expect(formatZonedIso('2026-02-10T10:00:00Z', 'America/New_York')).toBe('2026-02-10T05:00:00-05:00');
    expect(formatZonedIso('2026-02-10T10:00:00Z', 'America/St_Johns')).toBe('2026-02-10T06:30:00-03:30');
    expect(formatZonedIso('2026-02-10T10:00:00Z', 'Asia/Kathmandu')).toBe('2026-02-10T15:45:00+05:45');
  });

  it('rejects an unknown zone', () => {
    expect(() => formatZonedIso('2026-02-10T10:00:00Z', 'Europe/Lndon')).toThrow(/time zone/);
  });
});
