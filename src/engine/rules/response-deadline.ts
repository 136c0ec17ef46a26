import { dueAt, formatZonedIso, toInstant } from '../calendar';
import { defineDeadlineCases, defineDeadlineRule } from '../define-rule';
import { findEnquiry } from '../language/enquiry';
import { findUrgentTerm } from '../language/urgency';
import type { CheckContext } from '../model/context';
import type { Deadline } from '../model/finding';
import { clauseFor } from '../run-rules';
import { ERIN_EVANS as COUNCILLOR, ALICE_BROWN as LEADER, SAM_OFFICER as OFFICER, PAT_JONES_NET as RESIDENT } from './example-people';

const ID = 'response-deadline';

interface DayChoice {
  readonly days: number;
  readonly basis: string;
}

const plural = (n: number) => `${n} working day${n === 1 ? '' : 's'}`;

/**
 * The response time that applies: the policy default, the smallest value for any of the sender's
 * directory roles, and the urgent value when the new text uses an urgent term. Smallest wins; on a
 * tie the more specific reason is named.
 */
function chooseDays(ctx: CheckContext): DayChoice {
  const { responseDays, urgentTerms } = ctx.policy;
  const choices: DayChoice[] = [];
  if (responseDays.urgent !== undefined) {
    const term = findUrgentTerm(ctx.thread.newText, urgentTerms);
    if (term) choices.push({ days: responseDays.urgent, basis: `${plural(responseDays.urgent)}: urgent ("${term}")` });
  }
  const byRole = new Map(Object.entries(responseDays.byRole).map(([role, days]) => [role.toLowerCase(), { role, days }]));
  for (const role of ctx.parties.sender?.councillor?.roles ?? []) {
    const hit = byRole.get(role.toLowerCase());
    if (hit) choices.push({ days: hit.days, basis: `${plural(hit.days)}: response time for the sender's role "${hit.role}"` });
  }
  choices.push({ days: responseDays.default, basis: `${plural(responseDays.default)}: the council's default response time` });
  return choices.reduce((best, c) => (c.days < best.days ? c : best));
}

function receivedAt(ctx: CheckContext): Date {
  try {
    return ctx.draft.receivedAt ? toInstant(ctx.draft.receivedAt) : ctx.now;
  } catch {
    return ctx.now;
  }
}

export const responseDeadline = defineDeadlineRule({
  id: ID,
  summary:
    "Officers should answer a councillor's written enquiry within a set number of working days (five unless the council says otherwise, sooner for the Leader or for urgent matters such as safeguarding), either fully or with an acknowledgement that says when a full answer will follow. This works out that date so the officer can set a reminder.",
  citations: {
    woking: { severity: 'info', clause: '2.4–2.5' },
    runnymede: { severity: 'info', clause: '4.1' },
    rushcliffe: { severity: 'info', clause: 'Casework' },
    harlow: { severity: 'info', clause: '6.6, 15.18' },
    bursledon: { severity: 'info', clause: '3.1(d)' },
    model: { severity: 'info' },
  },
  compute(ctx): Deadline | null {
    // Direction decides, not folder: a councillor writing to an officer is an enquiry for that officer.
    if (ctx.parties.sender?.role !== 'councillor') return null;
    // A records mailbox on the council's domain files the message; it is not an officer asked to answer.
    const records = new Set(ctx.policy.recordAddresses);
    if (!ctx.parties.visible.some((p) => p.role === 'officer' && !(p.email && records.has(p.email)))) return null;
    if (!findEnquiry(ctx.thread.newText)) return null;
    const { days, basis } = chooseDays(ctx);
    const received = receivedAt(ctx);
    const due = dueAt(received, days, ctx.policy);
    return {
      due: due.iso,
      dueDate: due.date,
      workingDays: days,
      basis,
      clause: clauseFor({ id: ID, citations: responseDeadline.citations }, ctx.policy),
      receivedAt: formatZonedIso(received, ctx.policy.timeZone),
    };
  },
});

/**
 * Examples that double as tests and docs: each gives the due date the rule must compute, or null for
 * "not an enquiry". A separate export, and a function, so the add-in and CLI bundles drop them
 * (see defineCases).
 */
export const cases = /* @__PURE__ */ defineDeadlineCases(() => [
  {
    name: 'a question to an officer gets the default five working days',
    message: { from: COUNCILLOR, to: [OFFICER], text: 'Dear Sam,\n\nCould you let me know when the bench on the green will be repaired?\n\nThanks,\nErin' },
    dueDate: '2026-02-17',
    workingDays: 5,
  },
  {
    name: 'a polite request without a question mark',
    message: { from: COUNCILLOR, cc: [OFFICER], text: 'Sam,\n\nI would be grateful if you could send me the latest fly-tipping figures for Millford.\n\nErin' },
    dueDate: '2026-02-17',
  },
  {
    name: 'an imperative request',
    message: { from: COUNCILLOR, to: [OFFICER], text: 'Sam,\n\nSend me the revised parking plan for Millford by Friday.\n\nErin' },
    dueDate: '2026-02-17',
  },
  {
    name: "the Leader's shorter response time applies",
    message: { from: LEADER, to: [OFFICER], text: 'Sam,\n\nCan you tell me where we are with the leisure centre roof?\n\nAlice' },
    dueDate: '2026-02-12',
    workingDays: 2,
  },
  {
    name: 'an urgent term with an inflection makes it one working day',
    message: { from: COUNCILLOR, to: [OFFICER], text: 'Sam,\n\nPlease could someone visit 4 Mill Row urgently? The tenant has no heating.\n\nErin' },
    dueDate: '2026-02-11',
    workingDays: 1,
  },
  {
    name: 'a negated urgent term does not shorten the time',
    message: { from: COUNCILLOR, to: [OFFICER], text: 'Sam,\n\nThis is not urgent, but could you check when the verges on Mill Row are next cut?\n\nErin' },
    dueDate: '2026-02-17',
    workingDays: 5,
  },
  {
    name: 'after hours on a Friday counts from Monday',
    message: { from: COUNCILLOR, to: [OFFICER], at: '2026-02-13T18:30:00Z', text: 'Sam,\n\nCould you find out why the Millford bins were missed again?\n\nErin' },
    dueDate: '2026-02-23',
  },
  {
    name: 'Easter: after 17:00 BST on the Thursday before Good Friday',
    message: { from: COUNCILLOR, to: [OFFICER], at: '2026-04-02T16:30:00Z', text: 'Sam,\n\nWhen will the play area on Mill Row reopen?\n\nErin' },
    dueDate: '2026-04-14',
  },
  {
    name: 'Christmas and New Year bank holidays are skipped',
    message: { from: COUNCILLOR, to: [OFFICER], at: '2025-12-23T10:00:00Z', text: 'Sam,\n\nCould you confirm the bin collection dates for Millford over Christmas?\n\nErin' },
    dueDate: '2026-01-02',
  },
  {
    name: "Scotland: St Andrew's Day falls on a Sunday, so the Monday is a holiday",
    message: { from: COUNCILLOR, to: [OFFICER], at: '2025-11-28T10:00:00Z', text: 'Sam,\n\nCould you send me the winter gritting routes?\n\nErin' },
    policy: { holidayRegion: 'GB-SCT' },
    dueDate: '2025-12-08',
  },
  {
    name: 'a pure thank-you is not an enquiry',
    message: { from: COUNCILLOR, to: [OFFICER], text: "Thanks Sam, that's really helpful. I'll let the residents know.\n\nErin" },
    dueDate: null,
  },
  {
    name: 'an FYI with no action needed is not an enquiry',
    message: { from: COUNCILLOR, to: [OFFICER], text: 'Sam,\n\nFYI - no action needed. I thought the team would like to see the kind words below from a resident.\n\nErin' },
    dueDate: null,
  },
  {
    name: 'thanks with an offer of more help is not an enquiry',
    message: { from: COUNCILLOR, to: [OFFICER], text: 'Sam,\n\nThank you for sorting the fence so quickly. Let me know if you need anything else from me.\n\nErin' },
    dueDate: null,
  },
  {
    name: 'an invitation stated, not asked, is not an enquiry',
    message: { from: COUNCILLOR, to: [OFFICER], text: "Sam,\n\nThe Millford fun day is on Saturday from noon. You'd be very welcome to drop in with the family.\n\nErin" },
    dueDate: null,
  },
  {
    name: 'a question only in the quoted history does not count',
    message: {
      from: COUNCILLOR,
      to: [OFFICER],
      kind: 'reply',
      text: 'Many thanks Sam, that answers it.\n\nErin\n\nFrom: Sam Officer <sam.officer@northdown.gov.uk>\nSent: 09 February 2026 15:00\nTo: Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>\nSubject: Bench\n\nIs there anything else you need on the bench?\n\nSam',
    },
    dueDate: null,
  },
  {
    name: 'an officer writing to a councillor is not an incoming enquiry',
    message: { from: OFFICER, to: [COUNCILLOR], text: 'Erin,\n\nCould you let me know which residents raised the bench?\n\nSam' },
    dueDate: null,
  },
  {
    name: 'a copy to the casework records mailbox is not an officer to answer',
    message: { from: COUNCILLOR, to: [RESIDENT], cc: ['casework@northdown.gov.uk'], text: 'Dear Pat,\n\nCould you send me a photo of the fence?\n\nErin' },
    dueDate: null,
  },
  {
    name: 'a councillor writing only to a resident has no officer to answer',
    message: { from: COUNCILLOR, to: [RESIDENT], text: 'Dear Pat,\n\nCould you send me a photo of the damaged fence?\n\nErin' },
    dueDate: null,
  },
]);
