import { findDiscourtesy } from '../../../src/engine/language/courtesy';

const kinds = (text: string, extra?: string[]) => findDiscourtesy(text, extra).map((h) => `${h.kind}:${h.phrase}`);

describe('findDiscourtesy', () => {
  const table: [string, string[]][] = [
    // insults aimed at a person or their work
    ['Your department is useless.', ['insult:useless']],
    ['What a pathetic response to a simple question.', ['insult:pathetic']],
    ['The officer at the desk was clueless about assisted collections.', ['insult:clueless']],
    ['Frankly your team has been incompetent from start to finish.', ['insult:incompetent']],
    ['This is utterly pathetic.', ['insult:pathetic']],
    ['You useless lot have missed the bins again.', ['insult:useless lot']],
    ['Simon was useless at the drop-in.', ['insult:useless']],
    // not insults
    ['The old bus shelter is useless in the rain.', []],
    ['Your advice was far from useless.', []],
    ['I feel completely useless when residents ask me about this.', []],
    ["I'm clueless about the new IT system, could someone help?", []],
    ['Residents told me the service is useless; could you look into it?', []],
    ['She said the response was "pathetic" and asked me to raise it.', []],
    ['It would be pointless to resubmit, so please advise.', []],
    // profanity: the maintained list plus British extras, whole words only
    ['Honestly the entire process is a bloody shambles.', ['profanity:bloody']],
    ['This is total bullshit.', ['profanity:bullshit']],
    ['What the hell is going on with the bins?', ['profanity:What the hell']],
    ['The Scunthorpe Road assessment is attached.', []],
    ['Penistone Way and Shittington Lane are both affected.', []],
    ['Dick Turpin Close needs resurfacing.', []],
    ['The blue tit nest box scheme and the drainage dyke survey are attached.', []],
    ['Our sex establishment licensing policy is out for consultation.', []],
    // shouting
    ['I HAVE NOW ASKED ABOUT ASH ROW FIVE TIMES.', ['shouting:I HAVE NOW ASKED ABOUT ASH ROW FIVE TIMES']],
    ['FOR THE THIRD TIME Elm Court bins were left.', ['shouting:FOR THE THIRD TIME']],
    ['The ASB HMO CCTV DBS checks are complete.', []],
    ['MINUTES OF THE PLANNING COMMITTEE', []],
    ['Residents of the Parade Mews area have logged ASB reports.', []],
    // sarcasm
    ['Thanks for nothing.', ['sarcasm:Thanks for nothing']],
    ['Your "apology" below is the same as last time.', ['sarcasm:Your "apology"']],
    ['Surprise, surprise, the crew did not turn up.', ['sarcasm:Surprise, surprise']],
    ['Thank you for all your help with this.', []],
    ['The "Local Offer" page has the details.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(kinds(text)).toEqual(expected);
  });

  it('ignores boilerplate footers written in capitals', () => {
    const footer = '\n\nTHIS EMAIL IS CONFIDENTIAL AND INTENDED SOLELY FOR THE ADDRESSEE. IF YOU HAVE RECEIVED IT IN ERROR PLEASE NOTIFY THE SENDER.';
    expect(kinds(`Could you send me the figures?${footer}`)).toEqual([]);
  });

  it('extends the insult list with the council\'s own terms', () => {
    expect(kinds('Only a numbskull would close the road.')).toEqual([]);
    expect(kinds('Only a numbskull would close the road.', ['numbskull'])).toEqual(['council-term:numbskull']);
  });

  it('offers neutral wording or removal as the fix', () => {
    const [insult] = findDiscourtesy('Your crews are useless.');
    expect(insult).toMatchObject({ fixPhrase: 'useless', replacement: 'unhelpful' });
    const [swear] = findDiscourtesy('It is a bloody shambles.');
    expect(swear).toMatchObject({ fixPhrase: 'bloody ', replacement: '' });
    const [shout] = findDiscourtesy('Meanwhile on Quarry Close: THIS IS THE FOURTH TIME I HAVE ASKED.');
    expect(shout.replacement).toBe('this is the fourth time I have asked');
  });
});
