import { isWorkingDay } from './is-working-day';
import { localParts } from './local-parts';
import { nextWorkingDay } from './next-working-day';
import { parseClock } from './parse-clock';
import type { CalendarPolicy, LocalDate } from './types';

/**
 * The day a message counts as received (CONTRACT.md §3): its local date when that is a working
 * day and it arrived before the end of working hours, otherwise the next working day.
 */
export function dayZero(receivedAt: Date | string, policy: CalendarPolicy): LocalDate {
  const local = localParts(receivedAt, policy.timeZone);
  if (local.minutes < parseClock(policy.workingHours.end) && isWorkingDay(local.date, policy)) return local.date;
  return nextWorkingDay(local.date, policy);
}
