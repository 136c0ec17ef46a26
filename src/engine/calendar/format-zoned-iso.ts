import { DateTime } from 'luxon';
import { toInstant } from './to-instant';

/** ISO 8601 with the zone's offset and whole seconds, e.g. `2025-12-30T17:00:00+00:00` (never `Z`). */
export function formatZonedIso(instant: Date | string, timeZone: string): string {
  const dt = DateTime.fromJSDate(toInstant(instant), { zone: timeZone });
  if (!dt.isValid) throw new RangeError(`unknown time zone: ${JSON.stringify(timeZone)}`);
  return dt.toFormat("yyyy-MM-dd'T'HH:mm:ssZZ");
}
