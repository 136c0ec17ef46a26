import { buildContext } from './build-context';
import type { Draft } from './model/draft';
import type { Report } from './model/finding';
import type { Policy } from './model/policy';
import { DEFAULT_POLICY } from './model/policy';
import { resetParseCache } from './language';
import { RULES, DEADLINE_RULE } from './rules';
import { runRules } from './run-rules';
import { SEVERITY_ORDER } from './model/severity';

export * from './model';
export { RULES, DEADLINE_RULE } from './rules';
export { PRESETS, formatClause } from './presets';
export { severityFor, clauseFor } from './run-rules';
export { createPartyResolver, parseAddressList } from './people';
export { languageStats } from './language';

export interface CheckOptions {
  /** The instant to judge against; defaults to the draft's received time, else the clock. */
  readonly now?: Date;
}

/**
 * The one public entry: check a draft against a policy. Pure: plain data in, plain data out.
 * Findings are ordered most severe first, then in rule-catalogue order.
 */
export function checkDraft(draft: Draft, policy: Policy = DEFAULT_POLICY, options: CheckOptions = {}): Report {
  resetParseCache();
  const now = options.now ?? (draft.receivedAt ? new Date(draft.receivedAt) : new Date());
  const ctx = buildContext(draft, policy, now);
  const { findings, failures } = runRules(RULES, ctx);
  let deadline = null;
  try {
    deadline = DEADLINE_RULE.compute(ctx);
  } catch (err) {
    failures.push({ rule: DEADLINE_RULE.id, error: err instanceof Error ? err.message : String(err) });
  }
  findings.sort((a, b) => SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity));
  return { findings, deadline, failures };
}

/**
 * Pay the language library's one-off set-up cost now, before the first check needs it. Optional:
 * `checkDraft` works without it (its first run is then slower by that set-up).
 */
export { warmUp } from './language/nlp';
