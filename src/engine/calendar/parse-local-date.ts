import type { LocalDate } from './types';

const SHAPE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Split a `YYYY-MM-DD` date into numbers, rejecting anything that is not a real calendar date. */
export function parseLocalDate(date: LocalDate): { readonly year: number; readonly month: number; readonly day: number } {
  const m = SHAPE.exec(date);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) return { year, month, day };
  }
  throw new RangeError(`not a calendar date (YYYY-MM-DD): ${JSON.stringify(date)}`);
}
