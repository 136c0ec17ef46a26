import type { Deadline, Policy } from '../engine';
import { workingDaysBetween, type CalendarPolicy } from '../engine/calendar';

/** Where an enquiry stands today, counted in the policy's working days. */
export interface Standing {
  /** Working days since day 0 ("day 3 of 5"). */
  readonly day: number;
  readonly of: number;
  /** Working days left before the due day, 0 on the due day itself. */
  readonly daysLeft: number;
  readonly overdue: boolean;
  /** Working days past the due day (0 when it is overdue only by hours). */
  readonly overdueDays: number;
}

export interface Dated {
  readonly receivedAt: string;
  readonly due: string;
  readonly workingDays: number;
}

export function standing(enquiry: Dated, now: Date, policy: CalendarPolicy): Standing {
  const day = workingDaysBetween(enquiry.receivedAt, now, policy);
  const of = enquiry.workingDays;
  const overdue = now.getTime() > new Date(enquiry.due).getTime();
  return {
    day,
    of,
    daysLeft: Math.max(0, of - day),
    overdue,
    overdueDays: overdue ? Math.max(0, day - of) : 0,
  };
}

/** "Tue 2 Dec, 17:00" in the council's time zone; the year is added when it is not this year. */
export function formatDue(iso: string, timeZone: string, now: Date): string {
  const at = new Date(iso);
  const sameYear = yearIn(at, timeZone) === yearIn(now, timeZone);
  const date = new Intl.DateTimeFormat('en-GB', {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone,
  }).format(at);
  const time = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone }).format(at);
  return `${date}, ${time}`;
}

/** "25 Nov" (or "25 Nov 2025" in another year), for when something happened. */
export function formatDay(iso: string, timeZone: string, now: Date): string {
  const at = new Date(iso);
  const sameYear = yearIn(at, timeZone) === yearIn(now, timeZone);
  return new Intl.DateTimeFormat('en-GB', {
    day: 'numeric',
    month: 'short',
    ...(sameYear ? {} : { year: 'numeric' }),
    timeZone,
  }).format(at);
}

function yearIn(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', { year: 'numeric', timeZone }).format(at);
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** "2 working days left", "due today", "overdue", "overdue by 3 working days". */
export function describeStanding(s: Standing): string {
  if (s.overdue) return s.overdueDays > 0 ? `Overdue by ${plural(s.overdueDays, 'working day')}` : 'Overdue';
  if (s.daysLeft === 0) return 'Due today';
  return `${plural(s.daysLeft, 'working day')} left`;
}

/** The headline for a deadline: "Reply due Tue 2 Dec, 17:00". */
export function dueHeadline(deadline: Pick<Deadline, 'due'>, policy: Pick<Policy, 'timeZone'>, now: Date): string {
  return `Reply due ${formatDue(deadline.due, policy.timeZone, now)}`;
}
