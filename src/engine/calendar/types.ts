import type { Policy } from '../model/policy';

/** A calendar date in the policy's time zone, written `YYYY-MM-DD`. */
export type LocalDate = string;

/** The parts of a policy the working-day arithmetic reads (CONTRACT.md §3). */
export type CalendarPolicy = Pick<Policy, 'timeZone' | 'holidayRegion' | 'workingHours' | 'workingDays'>;
