import { findOfficerCriticism, type CriticismOptions } from '../../../src/engine/language/criticism';

const councillors = new Set(['alice brown', 'brown']);
const options: CriticismOptions = {
  isNotOfficer: (name) => councillors.has(name.toLowerCase().replace(/^(?:cllr|mr|mrs|ms)\s+/, '')),
  isKnownOfficer: (name) => name === 'Jo Bloggs',
};
const targets = (text: string, extra?: string[]) => findOfficerCriticism(text, { ...options, extraTerms: extra }).map((h) => h.target);

describe('findOfficerCriticism', () => {
  const table: [string, string[]][] = [
    // an officer identified by title, name or both, with a negative predicate about their work
    ['The planning officer for the estate, Priya Nair, has been incompetent throughout.', ['Priya Nair']],
    ['The Head of Planning, Dana Morris, never briefed the ward members.', ['Dana Morris']],
    ["The Council's Planning Manager, Owen Price, failed to consult the parish properly.", ['Owen Price']],
    ['Lewis Grant has ignored three of my casework enquiries.', ['Lewis Grant']],
    ['The case officer ignored every objection we sent in.', ['case officer']],
    ['Jo Bloggs was rude to residents at the meeting.', ['Jo Bloggs']],
    ['All year the Head of Housing has failed to keep councillors informed.', ['Head of Housing']],
    ['I was unhappy with how Rita Shah ran the public exhibition.', ['Rita Shah']],
    // "he"/"she" resolved to the officer named just before
    ['I rang Samir Haddad about my casework on Monday. He was dismissive and unhelpful.', ['Samir Haddad']],
    // not criticism of an officer
    ["I think the Cabinet's decision was the wrong one.", []],
    ['The leisure centre has been run into the ground by the operator.', []],
    ['Cllr Alice Brown has failed to answer residents about the budget.', []],
    ['Mr Jones at 4 Mill Lane has ignored three abatement notices.', []],
    ['Residents were ignored when the scheme was drawn up.', []],
    ['The planning officer, Nadia Kowalski, briefed us thoroughly and answered every question.', []],
    ['Nadia Kowalski explained that the applicant failed to submit a drainage plan.', []],
    ['I do not think the case officer was rude at all.', []],
    ['The residents said "the officer ignored us", which I will look into.', []],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(targets(text)).toEqual(expected);
  });

  it('extends the critical phrases with the council\'s own terms', () => {
    const text = 'Frankly the case officer was asleep at the wheel.';
    expect(targets(text)).toEqual([]);
    expect(targets(text, ['asleep at the wheel'])).toEqual(['case officer']);
  });

  it('gives the words from the officer to the criticism as evidence', () => {
    const [hit] = findOfficerCriticism('Ruth Adeyemi, the planning officer, did not visit the garden.', options);
    expect(hit.phrase).toBe('Ruth Adeyemi, the planning officer, did not visit');
  });
});
