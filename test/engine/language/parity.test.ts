import { asksForInformation, findParityStatement, isInterimReply, readsAsAnswer } from '../../../src/engine/language/parity';

describe('findParityStatement', () => {
  it.each<[string, boolean]>([
    ['I have also shared these figures with the other group leaders.', true],
    ['This information has also been sent to the other ward councillors.', true],
    ["I'll make the same information available to any councillor who asks.", true],
    ['This reply is to you only.', true],
    ['I have not shared this with anyone else.', true],
    ['Other councillors will also receive this in the members\' bulletin.', true],
    ["The figures are published on the Council's website.", true],
    ['I will make sure you and Cllr Moss are briefed before anything else happens.', true],
    ['I have copied this reply to all councillors.', true],
    ['The charge will be £32 from April.', false],
    ['Dear all,\n\nThe hall costs £45 an hour.', false],
    ['We have a dedicated inbox for councillor queries.', false],
  ])('%s', (input, expected) => {
    expect(Boolean(findParityStatement(input))).toBe(expected);
  });

  it('takes extra wording from the policy', () => {
    expect(findParityStatement('Logged on the members Q&A log.')).toBeUndefined();
    expect(findParityStatement('Logged on the members Q&A log.', ['members Q&A log'])).toBe('members Q&A log');
  });
});

describe('enquiry and answer cues', () => {
  it.each<[string, boolean]>([
    ['Is the charge going up in April?', true],
    ['Please send me the fly-tipping figures.', true],
    ['Could you let me know how many complaints there have been.', true],
    ['FYI - residents were pleased. No action needed.', false],
  ])('asksForInformation(%s)', (input, expected) => {
    expect(asksForInformation(input)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['In answer to your question, there are 112 permits.', true],
    ['Thank you for your email. The works start on Monday.', true],
    ['The works start on Monday.', false],
  ])('readsAsAnswer(%s)', (input, expected) => {
    expect(readsAsAnswer(input)).toBe(expected);
  });

  it.each<[string, boolean]>([
    ['I am looking into this and will get back to you by Friday.', true],
    ['The works start on Monday.', false],
  ])('isInterimReply(%s)', (input, expected) => {
    expect(isInterimReply(input)).toBe(expected);
  });
});
