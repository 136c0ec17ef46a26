import type { CheckContext } from './model/context';
import type { ComposeKind } from './model/draft';
import type { Fix, FixKind } from './model/fix';
import type { PolicyFile, ProtocolId } from './model/policy';
import type { Severity } from './model/severity';

/** Severity and clause a preset gives a rule. No clause: the preset has none for it (e.g. `model`). */
export interface Citation {
  readonly severity: Severity;
  readonly clause?: string;
}

/** What a rule's check returns for each problem it sees. The runner adds severity and clause. */
export interface RuleHit {
  /** One plain sentence the writer would accept. */
  readonly message: string;
  /** The phrase or recipient that shows the problem. */
  readonly evidence: string;
  readonly fixes?: readonly Fix[];
  /** An exception that softens the finding to advice (e.g. a notation that cures a copy). */
  readonly downgradeToInfo?: boolean;
}

/**
 * A compact message for rule cases: addresses as "Name <email>" strings, the body as text.
 * The rule tester turns it into a Draft and checks it against the test council's policy.
 */
export interface CaseMessage {
  readonly from: string;
  readonly to?: readonly string[];
  readonly cc?: readonly string[];
  readonly bcc?: readonly string[];
  readonly subject?: string;
  /** Whole body: new text, then any quoted history. */
  readonly text: string;
  readonly kind?: ComposeKind;
  /** ISO instant; also used as "now". Defaults to a Tuesday mid-morning. */
  readonly at?: string;
  readonly originalParticipants?: readonly string[];
}

export interface RuleCase {
  /** What the case demonstrates, shown when it fails. */
  readonly name: string;
  readonly message: CaseMessage;
  /** Merged over the test council's policy. */
  readonly policy?: PolicyFile;
}

export interface InvalidRuleCase extends RuleCase {
  /** A substring the reported evidence must contain. */
  readonly evidence?: string;
}

export interface RuleDefinition {
  /** Stable public id from RULES.md. */
  readonly id: string;
  /** What the rule protects, in our own words. */
  readonly summary: string;
  /** Severity and clause under each preset. */
  readonly citations: Readonly<Record<ProtocolId, Citation>>;
  /** Kinds of fix the rule can offer. */
  readonly fixable: readonly FixKind[];
  readonly check: (ctx: CheckContext) => readonly RuleHit[];
}

/** Typed helper so every rule file has the same shape (a missing preset is a compile error). */
export function defineRule(rule: RuleDefinition): RuleDefinition {
  return rule;
}

/** Examples that double as tests and docs: `valid` must not fire, `invalid` must. */
export interface RuleCases {
  readonly valid: readonly RuleCase[];
  readonly invalid: readonly InvalidRuleCase[];
}

/**
 * Typed helper for a rule file's `export const cases = defineCases(() => ({ valid, invalid }))`, with
 * a `@__PURE__` comment before the call. The cases live beside the rule but apart from the rule object,
 * so bundles that import only the rule (the add-in, the CLI) drop them. They are wrapped in a function
 * because a function expression never has side effects: an object literal that calls a helper or joins
 * strings would make bundlers keep it even when nothing uses it. The pure mark lets them drop the
 * unused call too. Tests and docs read the cases through ./rules/cases.ts.
 */
export function defineCases(make: () => RuleCases): () => RuleCases {
  return make;
}

/** A case for the deadline rule: the due date it must give, or null for "not an enquiry". */
export interface DeadlineCase extends RuleCase {
  readonly dueDate: string | null;
  readonly workingDays?: number;
}

/**
 * `response-deadline` is a result, not a finding: it computes when a councillor's enquiry is due.
 * Same shape as other rules (metadata and citations here, cases as a separate export) so docs and
 * the tester treat it alike.
 */
export interface DeadlineRuleDefinition {
  readonly id: 'response-deadline';
  readonly summary: string;
  /** Clause that sets the response time under each preset (severity is unused: always "info"). */
  readonly citations: Readonly<Record<ProtocolId, Citation>>;
  readonly compute: (ctx: CheckContext) => import('./model/finding').Deadline | null;
}

export function defineDeadlineRule(rule: DeadlineRuleDefinition): DeadlineRuleDefinition {
  return rule;
}

/** The deadline rule's counterpart of defineCases. */
export function defineDeadlineCases(make: () => readonly DeadlineCase[]): () => readonly DeadlineCase[] {
  return make;
}
