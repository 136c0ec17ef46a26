import { DEADLINE_RULE, RULES } from '../../src/engine';
import { RULE_TITLES, ruleTitle, titleFromId } from '../../src/taskpane/rule-titles';

const ALL_RULES = [...RULES, DEADLINE_RULE];

describe('rule titles', () => {
  it('names exactly the engine’s rules, no more and no fewer', () => {
    expect(Object.keys(RULE_TITLES).sort()).toEqual(ALL_RULES.map((r) => r.id).sort());
  });

  it('matches each rule’s own title when it declares one, else its id in words', () => {
    for (const rule of ALL_RULES) {
      const own = (rule as { title?: unknown }).title;
      const expected = typeof own === 'string' && own.trim() ? own : titleFromId(rule.id);
      expect([rule.id, RULE_TITLES[rule.id]]).toEqual([rule.id, expected]);
    }
  });

  it('writes Bcc and Cc as people do', () => {
    expect(ruleTitle('bcc-use')).toBe('Bcc use');
    expect(titleFromId('cc-to-resident')).toBe('Cc to resident');
  });

  it('shows an id it does not know in words rather than failing', () => {
    expect(ruleTitle('future-rule-name')).toBe('Future rule name');
    expect(ruleTitle('')).toBe('');
    expect(ruleTitle('constructor')).toBe('Constructor');
  });
});
