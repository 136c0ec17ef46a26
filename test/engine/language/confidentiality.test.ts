import { isDisclaimer, stripBoilerplate } from '../../../src/engine/language/boilerplate';
import { findConfidentialityMarking } from '../../../src/engine/language/confidentiality';

const marking = (text: string, extra?: string[]) => findConfidentialityMarking(text, extra)?.phrase ?? null;

describe('findConfidentialityMarking', () => {
  const table: [string, string | null][] = [
    ['In confidence, please - I would rather this was not shared more widely.', 'In confidence'],
    ['Confidential - not for wider circulation\n\nDear both, the operator has given notice.', 'Confidential'],
    ['Please do not share this beyond the portfolio holder.', 'Please do not share this'],
    ['Please treat this information as confidential.', 'confidential'],
    ['Tenancy issue (CONFIDENTIAL)', 'CONFIDENTIAL'],
    // not markings
    ['This is not confidential, so feel free to pass it on.', null],
    ['The confidential waste collection runs on Fridays.', null],
    ["I don't share your view on the parking scheme.", null],
    ['Please remember not to send this to the printer until Friday.', null],
    ["Please don't pass this on, but the family are in debt.", "Please don't pass this on"],
    ['I would rather this was not shared with anyone else.', 'would rather this was not shared with anyone else'],
    ['Please do not mention it to anyone.', 'Please do not mention it to anyone'],
    ['Keep this between ourselves for now.', 'Keep this between ourselves'],
    ['Nothing in this reply is confidential, so share it freely.', null],
    ['Could you send me the figures by Friday?', null],
    [
      'Thanks, Sam\n\nThis email and any attachments are confidential and intended solely for the addressee. If you have received this email in error please notify the sender and delete it.',
      null,
    ],
    [
      'Regards\n\n--\nThe information in this email is confidential and may be legally privileged. It is intended solely for the addressee.',
      null,
    ],
    [
      'Regards\n**********************\nThis email and any files transmitted with it are confidential and intended solely for the use of the individual to whom they are addressed.\n**********************',
      null,
    ],
  ];
  it.each(table)('%s', (text, expected) => {
    expect(marking(text)).toBe(expected);
  });

  it('extends the markers with the council\'s own terms', () => {
    expect(marking('Members only: the savings options.')).toBeNull();
    expect(marking('Members only: the savings options.', ['members only'])).toBe('Members only');
  });
});

describe('boilerplate', () => {
  it.each([
    ['This email and any attachments are confidential and intended solely for the addressee.', true],
    ['Eastwell Borough Council: this message and any attachments are confidential and may contain personal data. If you are not the intended recipient, please notify the sender and delete it.', true],
    ['Please treat this email as confidential.', false],
    ['Confidential – Appointments Panel only', false],
  ] as const)('isDisclaimer(%s)', (text, expected) => {
    expect(isDisclaimer(text)).toBe(expected);
  });

  it('keeps the line structure when it removes a footer', () => {
    const text = 'Line one\n\n**********\nThis email is confidential and intended only for the addressee. If you have received it in error, delete it.\n**********';
    const stripped = stripBoilerplate(text);
    expect(stripped.split('\n')).toHaveLength(text.split('\n').length);
    expect(stripped.trim()).toBe('Line one');
  });
});
