import { findOwnEmploymentMatter, findStaffingIntervention } from '../../../src/engine/language/employment';

const own = (text: string, extra?: string[]) => findOwnEmploymentMatter(text, extra).map((h) => h.phrase);
const staffing = (text: string, extra?: string[]) => findStaffingIntervention(text, extra).map((h) => `${h.kind}:${h.phrase}`);

describe('findOwnEmploymentMatter', () => {
  const table: [string, string[]][] = [
    ['My manager has again turned down my regrading appeal.', ['my regrading appeal']],
    ['I have now lodged a grievance about the way I was treated.', ['I have now lodged a grievance']],
    ['Could you have a word with HR about my pay band?', ['my pay band']],
    ['For months my line manager has been putting me under pressure.', ['my line manager']],
    ['My post is still graded at grade 5 although I do grade 7 work.', ['My post is still graded']],
    ['Could you help me with my contract? It ends in March.', ['my contract']],
    // operational mentions of the writer's own job or manager
    ['I have discussed your enquiry with my manager and we can offer a site visit.', []],
    ['In my role as licensing officer I can confirm the hearing date.', []],
    ['My team will collect the bins on Tuesday.', []],
    ['The resident has lodged a grievance with the landlord.', []],
    ['Both driver vacancies on the Elm Court round are now filled.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(own(text)).toEqual(expected);
  });

  it('extends the cues with the council\'s own terms', () => {
    expect(own('Could you look at my job share arrangement?', ['my job share'])).toEqual(['my job share']);
  });
});

describe('findStaffingIntervention', () => {
  const table: [string, string[]][] = [
    [
      'I hear Ann Kerr has applied for the receptionist post. Could you put in a good word with the panel for her?',
      ['canvass:put in a good word'],
    ],
    ['One of the applicants is a constituent of mine and would be an excellent appointment.', ['canvass:would be an excellent appointment']],
    ['I see Mark Dean is on the shortlist. He should not be appointed.', ['canvass:should not be appointed']],
    [
      "I gather the groundsman is suspended. I would gladly attend the hearing to speak on his behalf.",
      ['staffing:attend the hearing'],
    ],
    // context missing, or the councillor declines
    ['Mrs Lowe would be an asset to the new steering group.', []],
    ['Could you provide the number of posts and vacancies in Streetscene? Aggregate figures are fine.', []],
    ["I'm sorry to hear about your grievance, but I can't get involved; please speak to your line manager.", []],
    ['The disciplinary hearing for the licence holder is on Monday; could you send me the papers?', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(staffing(text)).toEqual(expected);
  });
});
