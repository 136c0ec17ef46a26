import type { ProtocolId } from '../engine';

export interface StarterOptions {
  readonly protocol: ProtocolId;
  readonly council: string;
  readonly domains: readonly string[];
}

/**
 * A starter policy with every field present and a "// field" note beside it explaining what it
 * does (the schema allows "//" keys for exactly this). Values are safe defaults to edit.
 */
export function starterPolicy({ protocol, council, domains }: StarterOptions): Record<string, unknown> {
  const first = domains[0] ?? 'council.gov.uk';
  return {
    $schema: './policy.schema.json',
    '// council': 'The council name, used in messages and in suggested officer sign-offs.',
    council,
    '// protocol': 'Whose Member/Officer protocol to cite: woking, runnymede, rushcliffe, harlow, bursledon, or model (good practice from all five).',
    protocol,
    '// timeZone': 'IANA time zone for working hours and reply deadlines.',
    timeZone: 'Europe/London',
    '// holidayRegion': 'Bank holidays that are not working days: GB-ENG (England and Wales), GB-SCT or GB-NIR.',
    holidayRegion: 'GB-ENG',
    '// workingHours': 'Officers\' working day, 24-hour clock. Enquiries arriving after the end count from the next working day.',
    workingHours: { start: '09:00', end: '17:00' },
    '// workingDays': 'ISO weekday numbers (Monday = 1) that are working days.',
    workingDays: [1, 2, 3, 4, 5],
    '// officerDomains': 'Mail domains of council staff. Councillors on the same domain are recognised first from the lists below.',
    officerDomains: [...domains],
    '// councillors': 'The councillor directory: name, council address, private aliases, roles (leader, deputy-leader, group-leader, mayor, chair, cabinet) and ward. Fill it with `protocol-guard policy import-councillors members.csv`.',
    councillors: [],
    '// councillorLists': 'Distribution lists that reach councillors, e.g. all.councillors@' + first + '.',
    councillorLists: [],
    '// councillorAddressPatterns': 'Address patterns that mean a councillor even when not in the directory.',
    councillorAddressPatterns: [`cllr.*@${first}`],
    '// detectCouncillorByTitle': 'Treat a display name starting "Cllr"/"Councillor" (or ending "(Cllr)") as a councillor.',
    detectCouncillorByTitle: true,
    '// recordAddresses': 'Casework or records mailboxes that may be blind-copied without a finding.',
    recordAddresses: [],
    '// responseDays': 'Working days to answer a councillor\'s enquiry: default, shorter ones by role, and for urgent matters.',
    responseDays: { default: 5, byRole: {}, urgent: 1 },
    '// urgentTerms': 'Words that make an enquiry urgent (matched with their inflections, not when negated).',
    urgentTerms: ['safeguarding', 'urgent', 'emergency'],
    '// rules': 'Per-rule severity overrides: error, warning, info or off. Leave empty to follow the protocol.',
    rules: {},
    '// sendMode': 'What Outlook does on Send when a finding is flagged: SoftBlock (stop until reviewed) or PromptUser (warn, allow sending).',
    sendMode: 'SoftBlock',
  };
}
