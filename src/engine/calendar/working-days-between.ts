import { dayZero } from './day-zero';
import { localParts } from './local-parts';
import { nextWorkingDay } from './next-working-day';
import type { CalendarPolicy } from './types';

/**
 * How many working days a reply took, counted the way deadlines are: from day 0 of the enquiry to
 * the reply's local date. A reply on day 0 (or before it) took 0; a reply on a weekend or holiday
 * counts up to the last working day before it.
 */
export function workingDaysBetween(receivedAt: Date | string, repliedAt: Date | string, policy: CalendarPolicy): number {
  const start = dayZero(receivedAt, policy);
  const end = localParts(repliedAt, policy.timeZone).date;
  let count = 0;
  for (let day = nextWorkingDay(start, policy); day <= end; day = nextWorkingDay(day, policy)) count++;
  return count;
}
