/** How loudly a rule speaks. `error` and `warning` are "flagged"; `info` is advice only. */
export type Severity = 'error' | 'warning' | 'info' | 'off';

export const FLAGGED: ReadonlySet<Severity> = new Set<Severity>(['error', 'warning']);

export const SEVERITY_ORDER: readonly Severity[] = ['error', 'warning', 'info', 'off'];

export function isFlagged(severity: Severity): boolean {
  return FLAGGED.has(severity);
}
