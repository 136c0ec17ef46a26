import { wallClock } from './time-zone';
import { toInstant } from './to-instant';

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** ISO 8601 with the zone's offset and whole seconds, e.g. `2025-12-30T17:00:00+00:00` (never `Z`). */
export function formatZonedIso(instant: Date | string, timeZone: string): string {
  const { asUtc: t, offset } = wallClock(toInstant(instant), timeZone);
  const date = `${pad(t.getUTCFullYear(), 4)}-${pad(t.getUTCMonth() + 1)}-${pad(t.getUTCDate())}`;
  const time = `${pad(t.getUTCHours())}:${pad(t.getUTCMinutes())}:${pad(t.getUTCSeconds())}`;
  const whole = Math.trunc(Math.abs(offset));
  return `${date}T${time}${offset < 0 ? '-' : '+'}${pad(Math.floor(whole / 60))}:${pad(whole % 60)}`;
}
