import type { InvalidRuleCase, RuleDefinition } from '../../../src/engine/define-rule';
import { buildContext } from '../../../src/engine/build-context';
import type { Finding } from '../../../src/engine/model/finding';
import { PROTOCOL_IDS } from '../../../src/engine/model/policy';
import { isFlagged } from '../../../src/engine/model/severity';
import { RULES } from '../../../src/engine/rules';
import { casesFor } from '../../../src/engine/rules/cases';
import { runRules } from '../../../src/engine/run-rules';
import { draftFromCase, policyForCase } from '../../support/case-draft';

/** The first preset that cites a clause for the rule (Woking for most). */
const citingPreset = (rule: RuleDefinition) => PROTOCOL_IDS.find((p) => rule.citations[p].clause) ?? 'model';

/** Run one rule on a case under a preset that cites a clause for it. */
function check(rule: RuleDefinition, c: InvalidRuleCase, text = c.message.text): Finding[] {
  const policy = policyForCase({ policy: { ...c.policy, protocol: citingPreset(rule), rules: { [rule.id]: 'warning' } } });
  const draft = draftFromCase({ ...c.message, text });
  return runRules([rule], buildContext(draft, policy, new Date(draft.receivedAt!))).findings.filter((f) => isFlagged(f.severity));
}

const ruleById = (id: string) => RULES.find((r) => r.id === id)!;

describe('every flagged finding explains itself', () => {
  for (const rule of RULES) {
    for (const c of casesFor(rule.id).invalid) {
      it(`${rule.id}: ${c.name}`, () => {
        const findings = check(rule, c);
        expect(findings.length).toBeGreaterThan(0);
        for (const f of findings) {
          // One plain sentence: starts with a capital or quote, ends with a full stop, and cites a clause.
          expect(f.message).toMatch(/^["'A-Z0-9]/);
          expect(f.message.trim()).toMatch(/[.]$/);
          expect(f.message.length).toBeLessThan(320);
          expect(f.clause).toMatch(/^[A-Z][a-z]+ \S/);
          expect(f.evidence.trim().length).toBeGreaterThan(0);
        }
      });
    }
  }
});

/**
 * For pressure and discourtesy the fix replaces only the offending phrase with a courteous wording.
 * Applying it must change nothing else in the message and must clear that finding.
 */
describe.each([
  ['pressure-on-officer', casesFor('pressure-on-officer').invalid],
  ['discourteous-language', casesFor('discourteous-language').invalid],
] as const)('%s fixes reword the phrase only', (id, cases) => {
  const rule = ruleById(id);
  for (const c of cases) {
    it(c.name, () => {
      const text = c.message.text;
      const [first] = check(rule, c);
      expect(first).toBeDefined();
      const fix = first.fixes.find((f) => f.kind === 'replace-phrase');
      if (!fix || fix.kind !== 'replace-phrase') throw new Error(`no replace-phrase fix for "${first.evidence}"`);
      // The fix targets the phrase, not the whole message or sentence.
      expect(text).toContain(fix.phrase);
      expect(fix.phrase.length).toBeLessThan(text.trim().length);
      expect(fix.phrase.trim().length).toBeLessThanOrEqual(Math.max(first.evidence.length + 3, 60));
      // The evidence is highlighted in the message the writer sees.
      expect(first.message).toContain(first.evidence.replace(/["“”]/g, "'").slice(0, 20));
      const at = text.indexOf(fix.phrase);
      const fixed = text.slice(0, at) + fix.replacement + text.slice(at + fix.phrase.length);
      expect(fixed.slice(0, at)).toBe(text.slice(0, at));
      expect(fixed.slice(at + fix.replacement.length)).toBe(text.slice(at + fix.phrase.length));
      // After the fix, the same finding is gone.
      expect(check(rule, c, fixed).map((f) => f.evidence)).not.toContain(first.evidence);
    });
  }
});
