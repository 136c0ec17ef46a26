import type { Fix } from './fix';
import type { Severity } from './severity';

/** One rule result, as every surface renders it. */
export interface Finding {
  readonly rule: string;
  readonly severity: Exclude<Severity, 'off'>;
  /** One plain sentence explaining why this matters. */
  readonly message: string;
  /** The council's clause, e.g. "Woking 11.3". */
  readonly clause: string;
  /** The phrase or recipient that triggered the rule. */
  readonly evidence: string;
  readonly fixes: readonly Fix[];
}

/** When a councillor's enquiry must be answered. */
export interface Deadline {
  /** ISO 8601 instant with the local offset, e.g. 2025-12-30T17:00:00+00:00. */
  readonly due: string;
  /** Local calendar date in the policy's time zone. */
  readonly dueDate: string;
  readonly workingDays: number;
  /** Why this many days: default, a role, or an urgent term. */
  readonly basis: string;
  readonly clause: string;
  readonly receivedAt: string;
}

/** A rule that threw. Reported, never swallowed: surfaces decide what a failure means for Send. */
export interface RuleFailure {
  readonly rule: string;
  readonly error: string;
}

export interface Report {
  readonly findings: readonly Finding[];
  readonly deadline: Deadline | null;
  readonly failures: readonly RuleFailure[];
}
