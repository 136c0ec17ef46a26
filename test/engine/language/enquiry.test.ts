import { findEnquiry, isEnquiry, normaliseForCues } from '../../../src/engine/language/enquiry';

const wrap = (body: string) => `Dear Sam,\n\n${body}\n\nThanks,\nErin`;

describe('findEnquiry', () => {
  const enquiries: [string, 'question' | 'request'][] = [
    ['Could you let me know when the bins will be collected?', 'question'],
    ['Can someone look at the streetlight on Elm Road', 'request'],
    ['Please arrange for the graffiti to be removed.', 'request'],
    ['I would be grateful if you could update me on the Mill Lane application.', 'request'],
    ["I'd like to know why the fence hasn't been repaired.", 'request'],
    ['When will the play area reopen?', 'question'],
    ['When will the play area reopen.', 'question'],
    ['Is there any update on the bins', 'question'],
    ['Has the medical evidence been assessed.', 'question'],
    ['Ring me when you get a chance.', 'request'],
    ['Send me the revised figures by Friday.', 'request'],
    ['Steve, ring me about this today.', 'request'],
    ['Any news on the Elm Road potholes?', 'question'],
    ['I was wondering whether the consultation has closed yet.', 'request'],
    ['Kindly confirm receipt.', 'request'],
    ['Residents want to know when the road will reopen. Let me know.', 'request'],
    ['Chase the contractor and let me know what they say.', 'request'],
    ['I need you to sort this out by Friday.', 'request'],
    ['You must get a crew out today.', 'request'],
    ['Would you be able to attend the residents meeting on 4 March?', 'question'],
    ['Feel free to call me, but could you confirm the date first?', 'question'],
    ['I hope you can help with this.', 'request'],
  ];
  it.each(enquiries)('asks: %s', (text, kind) => {
    expect(findEnquiry(wrap(text))).toEqual({ sentence: expect.any(String), kind });
  });

  const notEnquiries = [
    'Thanks so much for sorting this, really appreciated.',
    "Many thanks, that's really helpful. I'll let the residents know.",
    'FYI - no action needed. I thought the team would like to see the kind words below.',
    'Just for your information, the newsletter is on the website. No action needed.',
    'Let me know if you need anything else.',
    'If you have any questions, please let me know.',
    'Noted, thanks.',
    'Understood - thanks for explaining.',
    "You'd be very welcome to join us at the summer fair on Saturday.",
    'Please see below from a resident.',
    'Have a lovely Christmas!',
    'Well done to the whole team.',
    'Who knew the fun day would be such a success?',
    'Residents tell me it was not gritted last week. No need to reply, I have passed it on.',
    'Please pass on my thanks to the crew.',
    'Please find attached the notes from the meeting.',
    "I'll let you know what the residents say.",
    'Would you like me to send the photos?',
    'Happy to discuss if useful.',
    'Take care and have a good weekend.',
    'Residents have let me know they are delighted.',
    'Please do not share this beyond the housing team.',
  ];
  it.each(notEnquiries)('does not ask: %s', (text) => {
    expect(findEnquiry(wrap(text))).toBeUndefined();
  });

  it('returns the sentence that asks', () => {
    expect(findEnquiry(wrap('The fence is down again. Could you send someone round? Residents are cross.'))?.sentence).toBe('Could you send someone round?');
  });

  it('an explicit question still counts after "no action needed"', () => {
    expect(isEnquiry(wrap('FYI - no action needed on the fence. Separately, could you confirm the date of the surgery?'))).toBe(true);
  });

  it('a bare imperative does not count after "no action needed"', () => {
    expect(isEnquiry(wrap('FYI, no action needed. Keep an eye on the noticeboard for the new dates.'))).toBe(false);
  });

  it('ignores a disclaimer and device footer', () => {
    const text =
      'Thanks Sam, that is very helpful.\n\nErin\n\n**********\nThis email is confidential. If you are not the intended recipient please notify the sender and delete it.\n**********\n\nSent from my iPhone';
    expect(isEnquiry(text)).toBe(false);
  });

  it('ignores a question mark inside a link', () => {
    expect(isEnquiry(wrap('The results are at https://example.org/results?ward=north for anyone interested.'))).toBe(false);
  });

  it('keeps a question written after the valediction', () => {
    expect(isEnquiry('Thanks,\nCould you also send the map?\nErin')).toBe(true);
  });

  it('reads a question split over hard-wrapped lines', () => {
    expect(isEnquiry(wrap('A resident has asked me to find out whether the\nconsultation has closed, and when the decision is\nexpected. Could you let me\nknow?'))).toBe(true);
  });

  it('empty text is not an enquiry', () => {
    expect(findEnquiry('')).toBeUndefined();
  });
});

describe('normaliseForCues', () => {
  it.each([
    ["I'd like to know", 'i would like to know'],
    ["Don't worry", 'do not worry'],
    ["I can't say", 'i can not say'],
    ['It won’t be', 'it will not be'],
    ["I'm  sure", 'i am sure'],
    ["Let's meet", 'let us meet'],
  ])('%s → %s', (input, expected) => {
    expect(normaliseForCues(input)).toBe(expected);
  });
});

describe('findEnquiry: greetings and openers', () => {
  it.each([
    ['Hello Sam, please send me the report.', true],
    ['Reply to me by Friday with the figures.', true],
    ['Apply the discount to her account.', true],
    ['Frankly the whole thing is a shambles.', false],
    ['Walking past the depot I saw the gates open.', false],
  ])('%s → %s', (text, expected) => {
    expect(isEnquiry(`${text}\n\nErin`)).toBe(expected);
  });
});
