import type { ComposeKind, PolicyFile } from '../engine';
import type { MailboxMode } from '../adapters/mailbox/port';

/**
 * A fictional council for the playground. Every person, address and place here is invented.
 * Residents use the reserved example.net / example.org domains.
 */
export const SAMPLE_COUNCIL: PolicyFile = {
  council: 'Larkfield Borough Council (fictional)',
  protocol: 'woking',
  timeZone: 'Europe/London',
  holidayRegion: 'GB-ENG',
  workingHours: { start: '09:00', end: '17:00' },
  workingDays: [1, 2, 3, 4, 5],
  officerDomains: ['larkfield.gov.uk'],
  councillors: [
    { name: 'Margaret Okafor', email: 'cllr.margaret.okafor@larkfield.gov.uk', roles: ['leader'], ward: 'Northgate' },
    { name: 'Tom Hargreaves', email: 'cllr.tom.hargreaves@larkfield.gov.uk', roles: ['cabinet'], ward: 'Abbey' },
    { name: 'Sunita Rao', email: 'cllr.sunita.rao@larkfield.gov.uk', ward: 'Canal Side' },
    { name: 'Gareth Llewellyn', email: 'cllr.gareth.llewellyn@larkfield.gov.uk', ward: 'Hillcrest' },
    { name: 'Bethany Moss', email: 'bethany.moss@members.larkfield.gov.uk', aliases: ['beth.moss@example.net'], ward: 'Riverside' },
  ],
  councillorLists: ['all.members@larkfield.gov.uk'],
  recordAddresses: ['member.enquiries@larkfield.gov.uk'],
  responseDays: { default: 5, byRole: { leader: 3 }, urgent: 1 },
};

export interface Sample {
  /** Stable item id: tracking records are keyed by it, so it must not change between releases. */
  readonly id: string;
  readonly title: string;
  /** What the sample shows, in one line. */
  readonly about: string;
  readonly mode: MailboxMode;
  readonly from: string;
  readonly to: string;
  readonly cc?: string;
  readonly bcc?: string;
  readonly subject: string;
  readonly body: string;
  readonly composeKind: ComposeKind;
  /** When a read-mode sample arrived, relative to "now" so its deadline is always current. */
  readonly received?: { readonly workingDaysAgo: number; readonly time: string };
  readonly internetMessageId?: string;
  readonly inReplyTo?: string;
  readonly conversationId?: string;
}

const SIGN_DANIEL = 'Kind regards,\nDaniel Frost\nHighways Inspector\nLarkfield Borough Council';

export const SAMPLES: readonly Sample[] = [
  {
    id: 'sample-bcc-councillor',
    title: 'Reply that blind-copies a councillor',
    about: 'An officer answers one councillor and quietly Bccs another.',
    mode: 'compose',
    from: 'Daniel Frost <daniel.frost@larkfield.gov.uk>',
    to: 'Cllr Sunita Rao <cllr.sunita.rao@larkfield.gov.uk>',
    bcc: 'Cllr Tom Hargreaves <cllr.tom.hargreaves@larkfield.gov.uk>',
    subject: 'RE: Pothole outside 22 Wharf Road',
    composeKind: 'reply',
    inReplyTo: '<wharf-road-pothole.1@larkfield.gov.uk>',
    conversationId: 'conv-wharf-road',
    body: `Dear Cllr Rao,

Thank you for reporting this. I inspected the pothole on Wharf Road this morning and it is deep enough to need an urgent repair, so a crew is booked for Thursday. I have also added the road to the list we are assessing for next year's resurfacing programme.

${SIGN_DANIEL}

From: Cllr Sunita Rao <cllr.sunita.rao@larkfield.gov.uk>
Sent: Monday, 10 November 2025 09:41
To: Daniel Frost <daniel.frost@larkfield.gov.uk>
Subject: Pothole outside 22 Wharf Road

Hi Daniel,

A resident has told me about a deep pothole outside 22 Wharf Road, right by the bus stop. Could someone take a look before it causes an accident?

Thanks,
Sunita`,
  },
  {
    id: 'sample-copies-councillor',
    title: 'Reply copying in a councillor who was not on the original',
    about: 'A planning officer answers a ward councillor and adds a colleague of hers.',
    mode: 'compose',
    from: 'Hannah Whitfield <hannah.whitfield@larkfield.gov.uk>',
    to: 'Cllr Bethany Moss <bethany.moss@members.larkfield.gov.uk>',
    cc: 'Cllr Gareth Llewellyn <cllr.gareth.llewellyn@larkfield.gov.uk>',
    subject: 'RE: Extension at 5 Orchard Close',
    composeKind: 'reply',
    inReplyTo: '<orchard-close.7@members.larkfield.gov.uk>',
    conversationId: 'conv-orchard-close',
    body: `Dear Cllr Moss,

The application for the rear extension at 5 Orchard Close is still within its consultation period, which ends on 28 November. The neighbour's objection you mention has been received and will be considered in the officer's report. I expect a decision under delegated powers in the week of 8 December.

Best wishes,
Hannah Whitfield
Senior Planning Officer

From: Cllr Bethany Moss <bethany.moss@members.larkfield.gov.uk>
Sent: Tuesday, 11 November 2025 14:05
To: Hannah Whitfield <hannah.whitfield@larkfield.gov.uk>
Subject: Extension at 5 Orchard Close

Hello Hannah,

A neighbour of 5 Orchard Close is worried about the size of the proposed extension. Where has the application got to, and has their objection been logged?

Kind regards,
Beth`,
  },
  {
    id: 'sample-obligation-councillor',
    title: 'Councillor’s letter to a resident that commits the Council',
    about: 'A cabinet member promises repairs and a refund, and gives an order, in his own name.',
    mode: 'compose',
    from: 'Cllr Tom Hargreaves <cllr.tom.hargreaves@larkfield.gov.uk>',
    to: 'Peter Sloane <peter.sloane@example.net>',
    subject: 'Your complaint about the fence at Gorse Lane allotments',
    composeKind: 'new',
    body: `Dear Mr Sloane,

Thank you for showing me round the allotments on Saturday. I can confirm that the Council will replace the damaged fence along your plot by the end of the month and will refund this year's allotment rent in full.

You must also remove the shed that has been built across the boundary path within 14 days.

Yours sincerely,

Cllr Tom Hargreaves
Cabinet Member for Leisure and Ward Councillor for Abbey`,
  },
  {
    id: 'sample-drafted-for-leader',
    title: 'Officer drafts a letter for the Leader to sign',
    about: 'A housing manager writes a commitment that goes out over the Leader’s name.',
    mode: 'compose',
    from: 'Ruth Adeyemi <ruth.adeyemi@larkfield.gov.uk>',
    to: 'Joan Ellery <joan.ellery@example.org>',
    subject: 'Damp in your flat at Kingfisher House',
    composeKind: 'new',
    body: `Dear Mrs Ellery,

I am sorry to hear that the damp in your bathroom has come back. The Council will waive the late payment charge on your rent account, and we will treat the damp and redecorate the bathroom by 12 December.

Yours sincerely,

Councillor Margaret Okafor
Leader of the Council`,
  },
  {
    id: 'sample-clean-reply',
    title: 'A clean reply to a councillor',
    about: 'An officer answers the councillor who asked, and no one else.',
    mode: 'compose',
    from: 'Liam Chowdhury <liam.chowdhury@larkfield.gov.uk>',
    to: 'Cllr Margaret Okafor <cllr.margaret.okafor@larkfield.gov.uk>',
    subject: 'RE: Bonfire smoke on Elm Park',
    composeKind: 'reply',
    inReplyTo: '<elm-park.3@larkfield.gov.uk>',
    conversationId: 'conv-elm-park',
    body: `Dear Cllr Okafor,

Thank you for passing on the residents' concerns. We have written to the occupier of the house concerned explaining the rules on garden bonfires, and an officer will visit if we receive further reports. Residents can report smoke through the council website so that each occurrence is logged.

Kind regards,
Liam Chowdhury
Environmental Health Officer

From: Cllr Margaret Okafor <cllr.margaret.okafor@larkfield.gov.uk>
Sent: Wednesday, 12 November 2025 17:52
To: Liam Chowdhury <liam.chowdhury@larkfield.gov.uk>
Subject: Bonfire smoke on Elm Park

Liam,

Three households on Elm Park have complained to me about smoke from a neighbour's bonfires most evenings. What can the Council do?

Margaret`,
  },
  {
    id: 'sample-enquiry-canal-walk',
    title: 'Councillor’s enquiry to an officer (read mode)',
    about: 'A ward councillor asks when broken railings will be repaired: a reply is due in working days.',
    mode: 'read',
    from: 'Cllr Sunita Rao <cllr.sunita.rao@larkfield.gov.uk>',
    to: 'Daniel Frost <daniel.frost@larkfield.gov.uk>',
    subject: 'Broken railings on the Canal Walk footbridge',
    composeKind: 'new',
    received: { workingDaysAgo: 2, time: '10:12' },
    internetMessageId: '<canal-walk-railings.1@larkfield.gov.uk>',
    conversationId: 'conv-canal-walk',
    body: `Dear Daniel,

Several residents have contacted me about the broken railings on the Canal Walk footbridge. Two sections are missing altogether on the side above the towpath.

Could you tell me when they will be repaired, and whether the footbridge should be closed until then?

Many thanks,
Cllr Sunita Rao
Ward Councillor for Canal Side`,
  },
  {
    id: 'sample-enquiry-urgent',
    title: 'Urgent enquiry about a family without heating (read mode)',
    about: 'An urgent term shortens the reply time to one working day.',
    mode: 'read',
    from: 'Cllr Gareth Llewellyn <cllr.gareth.llewellyn@larkfield.gov.uk>',
    to: 'Ruth Adeyemi <ruth.adeyemi@larkfield.gov.uk>',
    subject: 'Family in temporary accommodation with no heating',
    composeKind: 'new',
    received: { workingDaysAgo: 0, time: '09:05' },
    internetMessageId: '<hillcrest-heating.4@larkfield.gov.uk>',
    conversationId: 'conv-hillcrest-heating',
    body: `Dear Ruth,

A family with two young children placed at Hillcrest Lodge has had no heating or hot water since Friday. The landlord is not answering their calls.

This is urgent. Can you tell me today what the Council can do to get the heating fixed or move them?

Regards,
Gareth Llewellyn
Councillor, Hillcrest ward`,
  },
  {
    id: 'sample-reply-canal-walk',
    title: 'Replying to the tracked Canal Walk enquiry',
    about: 'Start a reminder on the Canal Walk enquiry first; this reply then shows where it stands.',
    mode: 'compose',
    from: 'Daniel Frost <daniel.frost@larkfield.gov.uk>',
    to: 'Cllr Sunita Rao <cllr.sunita.rao@larkfield.gov.uk>',
    subject: 'RE: Broken railings on the Canal Walk footbridge',
    composeKind: 'reply',
    inReplyTo: '<canal-walk-railings.1@larkfield.gov.uk>',
    conversationId: 'conv-canal-walk',
    body: `Dear Cllr Rao,

Thank you for raising this. I inspected the footbridge yesterday: the missing sections have been fenced off with temporary barriers, so the bridge is safe to stay open. New railings have been ordered and our contractor expects to fit them within three weeks.

${SIGN_DANIEL}

From: Cllr Sunita Rao <cllr.sunita.rao@larkfield.gov.uk>
To: Daniel Frost <daniel.frost@larkfield.gov.uk>
Subject: Broken railings on the Canal Walk footbridge

Dear Daniel,

Several residents have contacted me about the broken railings on the Canal Walk footbridge. Could you tell me when they will be repaired, and whether the footbridge should be closed until then?

Many thanks,
Cllr Sunita Rao`,
  },
];

export function findSample(id: string | null | undefined): Sample | undefined {
  return SAMPLES.find((s) => s.id === id);
}
