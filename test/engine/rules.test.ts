import { RULES } from '../../src/engine/rules';
import { testRule } from '../support/rule-tester';

// Each rule file carries its own valid/invalid cases; this runs all of them.
for (const rule of RULES) testRule(rule);

it('registers each rule id once', () => {
  const ids = RULES.map((r) => r.id);
  expect(new Set(ids).size).toBe(ids.length);
});
