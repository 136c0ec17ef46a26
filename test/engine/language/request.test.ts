import { isRequestSentence } from '../../../src/engine/language/request';

describe('isRequestSentence', () => {
  it.each<[string, boolean]>([
    ['Could you come along on Monday?', true],
    ['Would you be able to attend?', true],
    ['Please come to our meeting.', true],
    ['Come along to our meeting on Monday.', true],
    ['Do come along to the group meeting.', true],
    ["I'd be grateful if someone could attend.", true],
    ['Is there any chance you could brief us', true],
    ['Our group is meeting on Monday.', false],
    ['Thanks for explaining the position.', false],
    ['Hope you are well.', false],
    ['The group met last night.', false],
  ])('%s', (input, expected) => {
    expect(isRequestSentence(input)).toBe(expected);
  });
});
