import { findCirculationStatement } from '../../../src/engine/language/circulation';

describe('findCirculationStatement', () => {
  it.each<[string, boolean]>([
    ['Sent to all councillors.\n\nDear Councillors,', true],
    ['Dear Councillor,\n\nThis email has been sent to all councillors.', true],
    ['As the question affects every ward, I have copied this\nreply to all councillors.', true],
    ['Circulation: All Members of the Council', true],
    ['Distribution: all councillors, Chief Executive', true],
    ['cc: all councillors', true],
    ['To all members of the Council\n\nDear colleagues,', true],
    ['For the attention of all councillors', true],
    ['This message is being sent to all members of the Council.', true],
    ['Hi all, this has gone to every councillor.', true],
    ['I am writing to all councillors about the budget.', true],
    ['All councillors are receiving this briefing.', true],
    ['All councillors have been copied in.', true],
    ['I am copying all councillors into this reply.', true],
    ['Dear all,\n\nPlease see below.', false],
    ['Hi all,\n\nYou would all be very welcome on Saturday.', false],
    ['Hi everyone,\n\nAny colleague who wants to join us is welcome to drop in.', false],
    ['Dear Members of the Council,\n\nThe budget opens today.', false],
    ['There will be a session for all councillors on Tuesday.', false],
    ['I will send the minutes to all councillors next week.', false],
    ['This has not been sent to all councillors.', false],
  ])('%s', (input, expected) => {
    expect(Boolean(findCirculationStatement(input))).toBe(expected);
  });

  it('takes extra wording from the policy', () => {
    expect(findCirculationStatement('Members Bulletin - week 6')).toBeUndefined();
    expect(findCirculationStatement('Members Bulletin - week 6', ['members bulletin'])).toBe('Members Bulletin - week 6');
  });
});
