import { findPressure } from '../../../src/engine/language/directives';

const read = (text: string, extra?: string[]) => findPressure(text, extra).map((h) => `${h.kind}:${h.phrase}`);

describe('findPressure', () => {
  const table: [string, string[]][] = [
    // orders
    ['I insist that you change your recommendation to approval.', ['advice-change:I insist that you']],
    ['You must send a team to clear it today.', ['order:You must']],
    ['I demand an explanation by Friday.', ['order:I demand']],
    ['I am instructing you to stop the works.', ['order:I am instructing you to']],
    ['Make sure you send me photos once it is done.', ['order:Make sure you']],
    ['Send me the revised report by Friday.', ['order:Send me the revised report by Friday']],
    ['Get this sorted today.', ['order:Get this sorted today']],
    ['I expect the boiler repaired by close of play.', ['order:I expect']],
    // polite requests, questions, hedges and other moods are not pressure
    ['Could you possibly tell me when the audit will be done?', []],
    ['I would be grateful for news by Thursday if you can manage it.', []],
    ['Please make sure you bring the plans to the meeting.', []],
    ['Let me know by Friday whether you can attend.', []],
    ['You must be very busy at the moment.', []],
    ['You must have received a lot of calls about this.', []],
    ['If you must close the road, please tell residents first.', []],
    ["You don't have to reply before the meeting.", []],
    ['I am not insisting, but I think the survey changes the picture.', []],
    ['Would it be possible to reconsider your recommendation in the light of the survey?', []],
    ['I think you need to look at the traffic figures again.', []],
    ['Clear skies are forecast today for the litter pick.', []],
    // demands to change professional advice
    ['Change your recommendation before the agenda is published.', ['advice-change:Change your recommendation']],
    ['I want your report withdrawn.', ['advice-change:want your report withdrawn']],
    // threats
    ['If the report goes out as it stands I will be raising your performance with the Chief Executive.', ['threat:If the report goes out as it stands I will be raising your performance with the Chief Executive']],
    ['Fix it by Monday or I will take this to the press.', ['threat:I will take this to the press']],
    ['I will be raising the wider parking policy at full council next month.', []],
    ['I will not be raising your performance with anyone; I know you are stretched.', []],
    // outside duties or policy, however politely asked
    ['Could you run a check on my neighbour at flat 3?', ['outside-duties:run a check on my neighbour']],
    ["I'd like you to do me a favour and have her placed in a higher band.", ['outside-duties:do me a favour']],
    ['This family really must jump the queue.', ['outside-duties:jump the queue']],
    ["I'm not asking you to jump the queue, just to check her file.", []],
    // quoted words are someone else's
    ['The resident wrote "I demand that you act now" - could you help?', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it('extends the cue list with the council\'s own terms', () => {
    expect(read('Could you pull some strings for me?')).toEqual([]);
    expect(read('Could you pull some strings for me?', ['pull some strings'])).toEqual(['council-term:pull some strings']);
  });

  it('offers a courteous rewording of the offending phrase only', () => {
    expect(findPressure('I insist you reply today.')[0]).toMatchObject({ phrase: 'I insist you', replacement: 'I would be grateful if you could' });
    expect(findPressure('Sam, you must reply today.')[0]).toMatchObject({ phrase: 'you must', replacement: 'please could you' });
    expect(findPressure('Send the plans today.')[0]).toMatchObject({ fixPhrase: 'Send', replacement: 'Please could you send' });
    const threat = findPressure('Sort it today, or I will name and shame the team at full council.')[0];
    expect(threat).toMatchObject({ kind: 'threat', replacement: '' });
  });
});

describe('findPressure: patterns apply only to what the reader is asked to do', () => {
  it.each<[string, number]>([
    ['The developer seems to bypass the planning process whenever it suits him.', 0],
    ['Housing tell me they will move her to the top of the list next month.', 0],
    ['The police did a check on the people at number 14 last year.', 0],
    ['I can pass on her home address if that helps.', 0],
    ['Could you bypass the usual assessment for my friend?', 1],
    ['Please get my constituent moved up the housing register.', 1],
    ["Can you let me have the complainant's name?", 1],
    ['I have promised the family you will approve it this week.', 1],
  ])('%s', (text, hits) => {
    expect(findPressure(text)).toHaveLength(hits);
  });
});
