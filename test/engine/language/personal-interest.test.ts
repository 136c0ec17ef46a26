import { readPersonalInterest } from '../../../src/engine/language/personal-interest';

describe('readPersonalInterest: cues of a personal stake', () => {
  it.each<[string, string | null]>([
    ['The extension at 12 Mill Lane backs directly onto my garden.', 'my garden'],
    ['Could you run a check on my neighbour at 6 Ash Row?', 'my neighbour'],
    ['The business rates bill for my shop looks wrong.', 'my shop'],
    ['Lorries park outside our house every night.', 'our house'],
    ["Can you chase my son's licence application?", "my son's licence application"],
    ['My daughter has applied for a premises licence.', 'My daughter'],
    ['The applicant is my sister.', 'my sister'],
    ['My partner and I run a guest house on the seafront.', 'My partner'],
    ["The café is my brother's.", "my brother's"],
    ['I live next door to the old garage site.', 'I live next door'],
    ['The new flats would overlook the house next to mine.', 'next to mine'],
    ['My husband and I enjoyed the opening of the play area.', null],
    ['My daughter is on the housing register and has waited two years.', 'My daughter'],
    ['A resident in my ward has asked about her garden.', null],
    ['Please post the papers to my home address.', null],
    ['Our local shops are struggling.', null],
    ['It is not my house that is affected.', null],
    ['My constituents are worried about the hedge.', null],
    ['I walked past the hedge on my way home this morning.', null],
    ["My late father's house on Mill Lane has been broken into.", "My late father's house"],
    ['Our family business has been refused a licence.', 'Our family business'],
  ])('%s', (input, expected) => {
    const cue = readPersonalInterest(input).cues[0];
    expect(cue?.phrase ?? null).toBe(expected);
  });

  it('reads a sentence hard-wrapped across lines', () => {
    expect(readPersonalInterest('The two-storey extension at number 12 backs directly onto my\ngarden and would take the light from the kitchen.').cues[0]?.phrase).toBe('my garden');
  });

  it('takes extra cue phrases from the policy', () => {
    expect(readPersonalInterest('The new charges for my beach hut are unfair.').cues).toEqual([]);
    expect(readPersonalInterest('The new charges for my beach hut are unfair.', ['my beach hut']).cues[0]?.phrase).toBe('my beach hut');
  });
});

describe('readPersonalInterest: declarations', () => {
  it.each<[string, 'complete' | 'existence only' | 'none']>([
    ["I should declare a personal interest: the application at 3 Priory Close is my brother's.", 'complete'],
    ['I should declare a personal interest: 9 Vale Road adjoins my own home.', 'complete'],
    ['I should declare an interest as the applicant is a close friend.', 'complete'],
    ['I have a personal interest because I live opposite the site.', 'complete'],
    ['I should declare an interest:\nThe applicant is my cousin.', 'complete'],
    ['For transparency, the applicant is my sister.', 'complete'],
    ['I should declare an interest in this application.', 'existence only'],
    ['I declare a personal interest.', 'existence only'],
    ['I have no interest in the outcome, I just want an answer.', 'none'],
    ['I have a keen interest in seeing the park improved.', 'none'],
    ['Do I need to declare an interest at the committee on Thursday?', 'none'],
    ["I should declare a personal interest: the application is my brother's. When will it be decided?", 'complete'],
    ['Could you let me know whether I should declare an interest as a parish councillor.', 'none'],
    ['I have a personal interest in this.', 'existence only'],
    ['Could you tell me when the application goes to committee?', 'none'],
  ])('%s', (input, expected) => {
    const d = readPersonalInterest(input).declaration;
    expect(d ? (d.nature ? 'complete' : 'existence only') : 'none').toBe(expected);
  });
});
