import { findCapacityStatement } from '../../../src/engine/language/capacity';

describe('findCapacityStatement', () => {
  it.each<[string, boolean]>([
    ['As your ward councillor for Eastfield, I have sent your pictures to the team.', true],
    ['I write, as Leader of the\nCouncil, in answer to your letter.', true],
    ['As Cabinet Member for Communities, I am delighted to confirm the grant.', true],
    ["I'm one of your local councillors and I have raised this.", true],
    ['I am contacting you as one of the ward councillors for Eastfield.', true],
    ['I am writing as your councillor.', true],
    ['I am Deputy Leader of the Council.', true],
    ['I am writing in a personal capacity as a neighbour.', true],
    ['Yours faithfully,\n\nRuth Okoro\nWard Councillor for Millford\nNorthdown District Council', true],
    ['All the best,\nCllr Dev Patel\nWard Councillor for Hilltop', true],
    ['Kind regards,\n\nBrian Cole\nCabinet Member for Housing', true],
    ['Thanks,\nTom\n\nCllr Tom Ridley\nKingsmead Ward', true],
    ['Best wishes,\nCouncillor Jane Smith | Eastfield Ward', true],
    ['Regards,\nJane Smith\nChair of the Planning Committee', true],
    ['Hi Dana,\n\nI will chase the parks team.\n\nOliver\nLeader of the Council', true],
    ['I represent Eastfield ward and have raised this with officers.', true],
    ["I'm Eastfield's ward councillor and have raised this.", true],
    ['Best wishes,\nJane Smith\nYour local councillor', true],
    ['Best wishes,\nCllr Jane Smith (Eastfield Ward)', true],
    ['Best wishes,\n\nCllr Imran Hussain', false],
    ['Best,\nCllr Jane Smith\nCouncillor', false],
    ['Kind regards,\nOliver Grant', false],
    ['Hi Dana,\n\nThanks for the photos.\n\nOliver', false],
    ['Regards,\nRuth Okoro\n--\nNorthdown District Council, Town Hall, Station Road', false],
    ['As the Leader of the Council said at Cabinet, the pool will close.\n\nRegards,\nJo', false],
    ['As members will know, the budget is tight.\n\nJo', false],
    ['I am sure members will agree this is welcome.\n\nJo', false],
    ['Hi Dana,\n\nThe fence in your ward is being fixed\n\nOliver', false],
  ])('%s', (input, expected) => {
    expect(Boolean(findCapacityStatement(input))).toBe(expected);
  });

  it('takes extra role wording from the policy', () => {
    const text = 'Best wishes,\nCllr Jo Bloggs\nArmed Forces Ambassador';
    expect(findCapacityStatement(text)).toBeUndefined();
    expect(findCapacityStatement(text, ['armed forces ambassador'])).toBe('Armed Forces Ambassador');
  });
});
