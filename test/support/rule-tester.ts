import type { RuleCases, RuleDefinition } from '../../src/engine/define-rule';
import { buildContext } from '../../src/engine/build-context';
import { runRules } from '../../src/engine/run-rules';
import { PROTOCOL_IDS } from '../../src/engine/model/policy';
import { isFlagged } from '../../src/engine/model/severity';
import { draftFromCase, policyForCase } from './case-draft';

const MIN_CASES = 6;

/**
 * Runs a rule's cases (its own `cases` export, or another set), ESLint-style. A rule must carry enough
 * cases of each kind, with unique names, and cite every preset; `valid` cases must not produce a flagged
 * finding (advice at info is allowed), `invalid` cases must produce a flagged one whose evidence contains
 * the expected text.
 */
export function testRule(rule: RuleDefinition, cases: RuleCases, options: { readonly minCases?: number } = {}): void {
  const minCases = options.minCases ?? MIN_CASES;
  describe(rule.id, () => {
    it('carries metadata, citations for every preset and enough cases', () => {
      expect(rule.summary.length).toBeGreaterThan(20);
      for (const p of PROTOCOL_IDS) expect(rule.citations[p]).toBeDefined();
      expect(cases.valid.length).toBeGreaterThanOrEqual(minCases);
      expect(cases.invalid.length).toBeGreaterThanOrEqual(minCases);
      const names = [...cases.valid, ...cases.invalid].map((c) => c.name);
      expect(new Set(names).size).toBe(names.length);
    });

    const run = (c: (typeof cases.valid)[number]) => {
      const policy = policyForCase(c);
      // Cases test the check itself, so run it even where the preset turns the rule off.
      const enabled = { ...policy, rules: { ...policy.rules, [rule.id]: policy.rules[rule.id] ?? 'warning' } };
      const draft = draftFromCase(c.message);
      const ctx = buildContext(draft, enabled, new Date(draft.receivedAt!));
      const { findings, failures } = runRules([rule], ctx);
      expect(failures).toEqual([]);
      return findings;
    };

    describe('valid', () => {
      for (const c of cases.valid) {
        it(c.name, () => {
          expect(run(c).filter((f) => isFlagged(f.severity))).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const c of cases.invalid) {
        it(c.name, () => {
          const findings = run(c).filter((f) => isFlagged(f.severity));
          expect(findings.length).toBeGreaterThan(0);
          for (const f of findings) {
            expect(f.message.length).toBeGreaterThan(10);
            expect(f.evidence.length).toBeGreaterThan(0);
          }
          if (c.evidence) expect(findings.map((f) => f.evidence).join(' | ')).toContain(c.evidence);
        });
      }
    });
  });
}
