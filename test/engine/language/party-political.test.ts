import { findPartyPoliticalRequests } from '../../../src/engine/language/party-political';

describe('findPartyPoliticalRequests', () => {
  it.each<[string, string | null]>([
    ['Could someone from your team attend our Liberal Democrat group meeting on Wednesday?', 'meeting'],
    ['Could you or Priya join the group meeting for the first twenty minutes?', 'meeting'],
    ['Would you be able to attend our Labour group meeting on Monday to walk the group through the numbers?', 'meeting'],
    ['Please come and brief our group on the budget.', 'meeting'],
    ['Would you be willing to speak at our branch meeting in March?', 'meeting'],
    ["I'd like to invite you to our Labour Party AGM.", 'meeting'],
    ['Could you present the figures to the Conservative group on Monday?', 'meeting'],
    ["Could you send me the pictures? I want to put them in my re-election leaflet.", 'campaign'],
    ['Could you help us with canvassing this weekend?', 'campaign'],
    ['We would welcome your attendance at our Conservative group meeting.', 'meeting'],
    ['Could you do a presentation at our group meeting on the 12th?', 'meeting'],
    ['Can you print 200 copies of my Focus leaflet?', 'campaign'],
    ['Could you email me a picture for our party newsletter?', 'campaign'],
    ['Could you send me the precept table for the community meeting?', null],
    ['It is open to everyone and is not a party event. Would someone be able to attend?', null],
    ['Could you arrange an all-member briefing open to councillors of every group?', null],
    ['Could someone attend the climate working group meeting on Friday?', null],
    ['Could you attend the Riverside Park group meeting on Monday?', null],
    ["Thank you for setting out why officers cannot come to group meetings; I have told my colleagues.", null],
    ['Can you confirm the publicity rules during the pre-election period?', null],
    ['Our group met last night and agreed the amendment.', null],
    ['Our branch is meeting at the Red Lion on Friday. Could you come and talk to members about the Local Plan?', 'meeting'],
    ['Our group met last week. Could you come and talk to me about the Local Plan?', null],
    ["Thank you for setting out why officers cannot come to group meetings; understood. Instead, could Priya prepare a short written note explaining the budget gap?", null],
    ['Could you brief the opposition group leaders on the budget?', null],
    ['Could you come and speak to our group of volunteers at the park?', null],
    ['Could someone come to the Independent Living Group meeting?', null],
    ['Could you help with the election count on Thursday?', null],
    ['When does the council\'s recycling campaign launch?', null],
  ])('%s', (input, expected) => {
    const [first] = findPartyPoliticalRequests(input);
    expect(first?.kind ?? null).toBe(expected);
  });

  it('ignores a party role in the sign-off', () => {
    expect(findPartyPoliticalRequests('Could you let me know the date?\n\nThanks,\nTom\n\nCllr Tom Ridley\nLeader, Labour Group')).toEqual([]);
  });

  it('takes extra party names from the policy', () => {
    const text = 'Would you be able to attend the Northdown First meeting on Thursday?';
    expect(findPartyPoliticalRequests(text)).toEqual([]);
    expect(findPartyPoliticalRequests(text, ['Northdown First'])[0]?.phrase).toBe('Northdown First meeting');
  });
});
