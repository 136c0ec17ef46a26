import { RULES } from '../../src/engine/rules';
import { casesFor } from '../../src/engine/rules/cases';
import { testRule } from '../support/rule-tester';

// Each rule file carries its own valid/invalid cases (a separate `cases` export); this runs all of them.
for (const rule of RULES) testRule(rule, casesFor(rule.id));

it('registers each rule id once', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});
