import { findUrgentTerm, inflections } from '../../../src/engine/language/urgency';

const TERMS = ['safeguarding', 'urgent', 'emergency'];

describe('findUrgentTerm', () => {
  it.each([
    ['This is urgent.', 'urgent'],
    ['Could someone visit urgently?', 'urgently'],
    ['Given the urgency, please call.', 'urgency'],
    ['EMERGENCY at Millfield Court', 'EMERGENCY'],
    ['Who handles emergencies at night?', 'emergencies'],
    ['I have a safeguarding concern.', 'safeguarding'],
    ['How will the children be safeguarded?', 'safeguarded'],
    ['Not only is this urgent, it is dangerous.', 'urgent'],
    ['Nothing else from me.\n\nUrgent: the gate is off its hinges.', 'Urgent'],
  ])('%s → %s', (text, term) => {
    expect(findUrgentTerm(text, TERMS)).toBe(term);
  });

  it.each([
    'This is not urgent.',
    'A non-urgent request.',
    "It isn't urgent at all.",
    'It is not an emergency.',
    'There is no real urgency.',
    'Nothing urgent - whenever you can.',
    'Could the emergency planning team send the flood plan?',
    'An insurgent candidate won the by-election.',
    'Someone asked about the broken swing. This is not\nurgent, but is it on the list?',
  ])('not urgent: %s', (text) => {
    expect(findUrgentTerm(text, TERMS)).toBeUndefined();
  });

  it('uses the policy terms, with their inflections', () => {
    expect(findUrgentTerm('The child protection plan has changed.', ['child protection'])).toBe('child protection');
    expect(findUrgentTerm('A flooded basement.', ['flood'])).toBe('flooded');
    expect(findUrgentTerm('This is urgent.', [])).toBeUndefined();
  });

  it('does not read the sign-off', () => {
    expect(findUrgentTerm('Could you call me?\n\nKind regards,\nErin Evans\nPortfolio Holder for Safeguarding', TERMS)).toBeUndefined();
  });
});

describe('inflections', () => {
  it.each([
    ['urgent', ['urgently', 'urgency']],
    ['emergency', ['emergencies']],
    ['safeguarding', ['safeguard', 'safeguards', 'safeguarded']],
    ['child protection', ['child protections']],
  ])('%s has %j', (term, forms) => {
    expect(inflections(term)).toEqual(expect.arrayContaining([term, ...forms]));
  });
});
