import { isWorkingDay } from './is-working-day';
import { localParts } from './local-parts';
import { nextWorkingDay } from './next-working-day';
import { parseClock } from './parse-clock';
import type { CalendarPolicy } from './types';
import { zonedTime } from './zoned-time';

/**
 * The next start of working hours: today's, when the instant is on a working day before the
 * start; otherwise the next working day's. Used to suggest delayed delivery of out-of-hours mail.
 */
export function nextWorkingMorning(instant: Date | string, policy: CalendarPolicy): Date {
  const local = localParts(instant, policy.timeZone);
  const beforeStart = local.minutes < parseClock(policy.workingHours.start);
  const day = beforeStart && isWorkingDay(local.date, policy) ? local.date : nextWorkingDay(local.date, policy);
  return zonedTime(day, policy.workingHours.start, policy.timeZone);
}
