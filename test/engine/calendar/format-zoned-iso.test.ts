import { formatZonedIso } from '../../../src/engine/calendar';

describe('formatZonedIso', () => {
  it('writes the local time with its offset and whole seconds', () => {
    expect(formatZonedIso(new Date('2025-12-30T17:00:00.250Z'), 'Europe/London')).toBe('2025-12-30T17:00:00+00:00');
    expect(formatZonedIso('2026-04-14T16:00:00Z', 'Europe/London')).toBe('2026-04-14T17:00:00+01:00');
  });

  it('never writes Z, even in UTC', () => {
    expect(formatZonedIso('2026-02-10T10:00:00Z', 'UTC')).toBe('2026-02-10T10:00:00+00:00');
  });
});
