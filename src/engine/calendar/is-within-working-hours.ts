import { isWorkingDay } from './is-working-day';
import { localParts } from './local-parts';
import { parseClock } from './parse-clock';
import type { CalendarPolicy } from './types';

/** Whether an instant falls on a working day, at or after the start and before the end of working hours. */
export function isWithinWorkingHours(instant: Date | string, policy: CalendarPolicy): boolean {
  const local = localParts(instant, policy.timeZone);
  return (
    local.minutes >= parseClock(policy.workingHours.start) &&
    local.minutes < parseClock(policy.workingHours.end) &&
    isWorkingDay(local.date, policy)
  );
}
