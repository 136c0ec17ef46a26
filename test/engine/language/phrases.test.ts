import { alternation, extraTermsRegExp, phraseRegExp, unwrapLines } from '../../../src/engine/language/phrases';

describe('phrase helpers', () => {
  it('prefers the longest phrase and matches any whitespace and either apostrophe', () => {
    const re = new RegExp(alternation(['garden', 'back garden']), 'i');
    expect(re.exec('my back  garden')?.[0]).toBe('back  garden');
    expect(phraseRegExp(["members' list"]).test('the members’ list')).toBe(true);
  });

  it('matches whole words only', () => {
    expect(phraseRegExp(['group']).test('groupings')).toBe(false);
    expect(phraseRegExp(['group']).test('our group.')).toBe(true);
  });

  it('treats extra terms as literal text', () => {
    expect(extraTermsRegExp(['a.b (c)'])?.test('see a.b (c) here')).toBe(true);
    expect(extraTermsRegExp(['a.b'])?.test('axb')).toBe(false);
    expect(extraTermsRegExp([])).toBeUndefined();
    expect(extraTermsRegExp(undefined)).toBeUndefined();
  });

  it.each<[string, string]>([
    ['As the question affects every ward, I have copied this\nreply to all councillors.', 'As the question affects every ward, I have copied this reply to all councillors.'],
    ['Short line\nnext line', 'Short line\nnext line'],
    ['The deadline for call-in requests is 21 days.\nFull details are online.', 'The deadline for call-in requests is 21 days.\nFull details are online.'],
    ['These applications were validated this week as follows:\n- 12 Priory Road', 'These applications were validated this week as follows:\n- 12 Priory Road'],
  ])('unwrapLines(%j)', (input, expected) => {
    expect(unwrapLines(input)).toBe(expected);
  });
});
