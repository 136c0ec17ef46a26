const CLOCK = /^([01]?\d|2[0-3]):([0-5]\d)$/;

/** Minutes after midnight for a 24-hour `HH:MM` clock time such as a policy's working hours. */
export function parseClock(clock: string): number {
  const m = CLOCK.exec(clock.trim());
  if (!m) throw new RangeError(`not a 24-hour clock time (HH:MM): ${JSON.stringify(clock)}`);
  return Number(m[1]) * 60 + Number(m[2]);
}
