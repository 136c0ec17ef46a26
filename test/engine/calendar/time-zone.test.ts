import { instantOfWallClock, isKnownTimeZone, offsetAt, wallClock } from '../../../src/engine/calendar/time-zone';

const LONDON = 'Europe/London';
const utc = (iso: string): number => Date.parse(`${iso}Z`);

describe('isKnownTimeZone', () => {
  it('accepts IANA names and UTC', () => {
    for (const zone of [LONDON, 'UTC', 'Etc/UTC', 'America/New_York', 'Asia/Kathmandu']) expect(isKnownTimeZone(zone)).toBe(true);
  });

  it('rejects names the time-zone database does not have', () => {
    for (const zone of ['Europe/Lndon', 'Mars/Olympus', '', 'London', 'Europe/London+01']) expect(isKnownTimeZone(zone)).toBe(false);
  });
});

describe('offsetAt', () => {
  it('is 0 in GMT and 60 in BST, changing at 01:00 UTC on the last Sundays of March and October', () => {
    expect(offsetAt(utc('2026-03-29T00:59:59'), LONDON)).toBe(0);
    expect(offsetAt(utc('2026-03-29T01:00:00'), LONDON)).toBe(60);
    expect(offsetAt(utc('2026-10-25T00:59:59'), LONDON)).toBe(60);
    expect(offsetAt(utc('2026-10-25T01:00:00'), LONDON)).toBe(0);
  });

  it('handles zones with half-hour and 45-minute offsets, and never returns -0', () => {
    expect(offsetAt(utc('2026-01-15T12:00:00'), 'Asia/Kolkata')).toBe(330);
    expect(offsetAt(utc('2026-01-15T12:00:00'), 'Asia/Kathmandu')).toBe(345);
    expect(offsetAt(utc('2026-01-15T12:00:00'), 'America/St_Johns')).toBe(-210);
    expect(Object.is(offsetAt(utc('2026-01-15T12:00:00'), 'UTC'), 0)).toBe(true);
  });

  it('throws a RangeError naming an unknown zone', () => {
    expect(() => offsetAt(0, 'Europe/Lndon')).toThrow(/unknown time zone: "Europe\/Lndon"/);
  });
});

describe('wallClock', () => {
  it('encodes the wall time as UTC fields', () => {
    const { asUtc, offset } = wallClock(new Date('2026-06-10T16:30:00Z'), LONDON);
    expect([asUtc.toISOString(), offset]).toEqual(['2026-06-10T17:30:00.000Z', 60]);
  });
});

describe('instantOfWallClock', () => {
  it('reads ordinary times with the offset in force', () => {
    expect(instantOfWallClock(utc('2026-01-15T09:00:00'), LONDON).toISOString()).toBe('2026-01-15T09:00:00.000Z');
    expect(instantOfWallClock(utc('2026-07-15T09:00:00'), LONDON).toISOString()).toBe('2026-07-15T08:00:00.000Z');
  });

  it('moves a skipped spring time forward by the gap', () => {
    expect(instantOfWallClock(utc('2026-03-29T00:59:00'), LONDON).toISOString()).toBe('2026-03-29T00:59:00.000Z');
    expect(instantOfWallClock(utc('2026-03-29T01:00:00'), LONDON).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(instantOfWallClock(utc('2026-03-29T01:59:00'), LONDON).toISOString()).toBe('2026-03-29T01:59:00.000Z');
    expect(instantOfWallClock(utc('2026-03-29T02:00:00'), LONDON).toISOString()).toBe('2026-03-29T01:00:00.000Z');
  });

  it('takes the first occurrence of a repeated autumn time', () => {
    expect(instantOfWallClock(utc('2026-10-25T00:59:00'), LONDON).toISOString()).toBe('2026-10-24T23:59:00.000Z');
    expect(instantOfWallClock(utc('2026-10-25T01:00:00'), LONDON).toISOString()).toBe('2026-10-25T00:00:00.000Z');
    expect(instantOfWallClock(utc('2026-10-25T01:59:00'), LONDON).toISOString()).toBe('2026-10-25T00:59:00.000Z');
    expect(instantOfWallClock(utc('2026-10-25T02:00:00'), LONDON).toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('gives the same answers whatever the computer’s own time zone is', () => {
    const saved = process.env.TZ;
    const probes = ['2026-03-29T01:30:00', '2026-10-25T01:30:00', '2026-07-01T09:00:00'];
    const read = (): string[] => probes.map((p) => instantOfWallClock(utc(p), LONDON).toISOString());
    try {
      process.env.TZ = 'UTC';
      const inUtc = read();
      for (const zone of [LONDON, 'America/New_York', 'Asia/Kolkata']) {
        process.env.TZ = zone;
        expect(read()).toEqual(inUtc);
      }
    } finally {
      if (saved === undefined) delete process.env.TZ;
      else process.env.TZ = saved;
    }
  });
});
