import type { RuleDefinition } from './define-rule';
import type { CheckContext } from './model/context';
import type { Finding, RuleFailure } from './model/finding';
import type { Policy } from './model/policy';
import type { Severity } from './model/severity';
import { formatClause } from './presets';

/** The severity a rule runs at: the policy's override, else the preset's. */
export function severityFor(rule: Pick<RuleDefinition, 'id' | 'citations'>, policy: Policy): Severity {
  return policy.rules[rule.id] ?? rule.citations[policy.protocol].severity;
}

/** "Woking 11.3", or the council's own wording when its policy supplies one. */
export function clauseFor(rule: Pick<RuleDefinition, 'id' | 'citations'>, policy: Policy): string {
  const cited = formatClause(policy.protocol, rule.citations[policy.protocol].clause);
  const own = policy.clauseText[rule.id];
  return own ? `${cited} — ${own}` : cited;
}

/**
 * Run every enabled rule. A rule that throws becomes a reported failure instead of taking the
 * whole check down: the surfaces decide what a failure means for Send.
 */
export function runRules(
  rules: readonly RuleDefinition[],
  ctx: CheckContext,
): { findings: Finding[]; failures: RuleFailure[] } {
  const findings: Finding[] = [];
  const failures: RuleFailure[] = [];
  for (const rule of rules) {
    const severity = severityFor(rule, ctx.policy);
    if (severity === 'off') continue;
    try {
      const clause = clauseFor(rule, ctx.policy);
      for (const hit of rule.check(ctx)) {
        findings.push({ rule: rule.id, severity: hit.downgradeToInfo ? 'info' : severity, clause, message: hit.message, evidence: hit.evidence, fixes: hit.fixes ?? [] });
      }
    } catch (err) {
      failures.push({ rule: rule.id, error: err instanceof Error ? err.message : String(err) });
    }
  }
  return { findings, failures };
}
