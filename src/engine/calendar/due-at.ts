import { addWorkingDays } from './add-working-days';
import { dayZero } from './day-zero';
import { formatZonedIso } from './format-zoned-iso';
import type { CalendarPolicy, LocalDate } from './types';
import { zonedTime } from './zoned-time';

/** When an answer is due, in the forms the surfaces need. */
export interface DueTime {
  /** The day counting starts from. */
  readonly dayZero: LocalDate;
  /** Local due date. */
  readonly date: LocalDate;
  readonly instant: Date;
  /** ISO 8601 with the local offset. */
  readonly iso: string;
}

/** Due at the end of working hours on the `days`-th working day after day 0 (CONTRACT.md §3). */
export function dueAt(receivedAt: Date | string, days: number, policy: CalendarPolicy): DueTime {
  const start = dayZero(receivedAt, policy);
  const date = addWorkingDays(start, days, policy);
  const instant = zonedTime(date, policy.workingHours.end, policy.timeZone);
  return { dayZero: start, date, instant, iso: formatZonedIso(instant, policy.timeZone) };
}
