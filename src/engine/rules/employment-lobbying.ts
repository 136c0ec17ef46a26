import { defineCases, defineRule, type RuleHit } from '../define-rule';
import { findOwnEmploymentMatter, findStaffingIntervention, type EmploymentHit } from '../language/employment';
import { isCouncillorLike } from '../model/party';
import { BRIAN_COLE as CLLR, ERIN_EVANS as CLLR_2, SAM_REID as OFFICER } from './example-people';

const ID = 'employment-lobbying';


function messageFor(hit: EmploymentHit): string {
  switch (hit.kind) {
    case 'own-employment':
      return `Officers should not lobby councillors about their own employment ("${hit.phrase}"); raise it with your line manager, HR or your trade union instead.`;
    case 'canvass':
      return `Councillors must not canvass for or against a job applicant ("${hit.phrase}"); appointments are made on merit alone.`;
    default:
      return `Councillors should not intervene in staffing matters such as disciplinary or grievance cases ("${hit.phrase}"); these are for management under the Council's procedures.`;
  }
}

export const employmentLobbying = defineRule({
  id: ID,
  summary:
    'Officers should not lobby councillors about their own pay, grading, grievances or managers, and councillors should not canvass for or against job applicants or step into individual staffing matters: employment is handled by management through the Council’s own procedures, on merit.',
  citations: {
    // Woking's protocol has no clause on this; the model protocol's good practice applies.
    woking: { severity: 'warning' },
    runnymede: { severity: 'warning', clause: '3.13' },
    rushcliffe: { severity: 'warning', clause: 'Management of staff' },
    harlow: { severity: 'warning', clause: '6.8, 8.3' },
    bursledon: { severity: 'warning', clause: '3.1(l)' },
    model: { severity: 'warning' },
  },
  fixable: [],
  check(ctx) {
    const { sender, visible } = ctx.parties;
    const extra = ctx.policy.extraTerms[ID];
    let hits: EmploymentHit[] = [];
    if (sender?.role === 'officer' && visible.some(isCouncillorLike)) hits = findOwnEmploymentMatter(ctx.thread.newText, extra);
    else if (sender?.role === 'councillor') hits = findStaffingIntervention(ctx.thread.newText, extra);
    return hits.slice(0, 1).map((hit): RuleHit => ({ message: messageFor(hit), evidence: hit.phrase }));
  },
});

/**
 * Examples that double as tests and docs: `valid` must not fire, `invalid` must. A separate export,
 * and a function, so the add-in and CLI bundles drop them (see defineCases).
 */
export const cases = /* @__PURE__ */ defineCases(() => ({
  valid: [
    {
      name: 'a preference about the recruitment timetable, not about an applicant',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nOn the caretaker vacancy, I would rather the shortlisting was done before the summer recess so the post is filled by September. Is that realistic?\n\nBrian',
      },
    },
    {
      name: 'officer reports a staff shortage affecting a service',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        text: 'Brian,\n\nTwo crews are off sick this week, so some green bins in Westmoor will be a day late.\n\nNadia',
      },
    },
    {
      name: 'councillor asks about a resident who lost their job (benefits)',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nA resident has lost his job at the factory; could the benefits team check his council tax support?\n\nBrian',
      },
    },
    {
      name: 'officer sends the committee report on the pay policy',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        text: 'Brian,\n\nThe annual pay policy statement is on the agenda for full council; the report is attached.\n\nNadia',
      },
    },
    {
      name: 'councillor declines to get involved in an appointment',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nA neighbour asked me to support his job application, and I have told him I cannot be involved in staff appointments.\n\nBrian',
      },
    },
    {
      name: 'councillor asks when a vacant post will be filled (service question)',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nWhen do you expect the vacant tree officer post to be filled? Residents are waiting for inspections.\n\nBrian',
      },
    },
    {
      name: 'officer to officer about her own leave',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Tom Reilly <tom.reilly@northdown.gov.uk>'],
        text: 'Tom,\n\nMy manager has approved my leave for half term.\n\nNadia',
      },
    },
    {
      name: 'an officer mentioning her manager in the course of work',
      message: {
        from: OFFICER,
        to: [CLLR],
        text: 'Dear Cllr Cole,\n\nI have discussed your enquiry with my manager and we can offer a site visit next Tuesday.\n\nSam Reid',
      },
    },
    {
      name: 'aggregate staffing figures for a scrutiny item are not a staffing matter',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: "Dear Sam,\n\nFor the scrutiny panel's agreed agenda item, could you provide the number of posts and vacancies in Streetscene and agency spend? Aggregate figures are fine.\n\nBrian",
      },
    },
    {
      name: 'HR writing to a formally appointed panel',
      message: {
        from: OFFICER,
        to: [CLLR, CLLR_2],
        text: 'Dear Cllr Cole and Cllr Evans,\n\nThank you for sitting on the Appointments Panel. Please score each application before the shortlisting meeting. The sole criterion is merit.\n\nSam',
      },
    },
    {
      name: 'a councillor declining to get involved in an officer\'s grievance',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: "Dear Sam,\n\nI'm sorry to hear about your grievance, but I can't get involved; please raise it with your line manager or HR.\n\nBrian",
      },
    },
    {
      name: 'a councillor asks for anonymised disciplinary and grievance figures',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: 'Sam,\n\nFor the scrutiny review, could you send me anonymised figures for disciplinary cases and grievances over the last two years, by directorate? Please take part-time staff into account in the totals.\n\nBrian',
      },
    },
    {
      name: 'a councillor asks how the disciplinary process works in general',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: 'Sam,\n\nCould you explain in general terms whether an employee\'s length of service is taken into account when he or she faces a disciplinary hearing? I am not asking about any particular case.\n\nBrian',
      },
    },
    {
      name: 'a councillor asks for leniency for a resident whose benefit was suspended',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: 'Sam,\n\nMr Ellis has had his housing benefit suspended while his claim is checked. Please take his long illness into account and treat the review as sympathetically as the rules allow.\n\nBrian',
      },
    },
    {
      name: 'an officer tells a councillor who was appointed to a senior post',
      message: {
        from: OFFICER,
        to: [CLLR],
        text: 'Dear Cllr Cole,\n\nI am pleased to confirm that the appointments panel has appointed Rachel Dunn as Director of Place; she starts on 1 June and I hope you will be able to meet her then.\n\nSam Reid\nHead of HR',
      },
    },
  ],
  invalid: [
    {
      name: 'councillor says they would rather an applicant was not shortlisted',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI see Gary Lund has put in for the parks supervisor vacancy. Between us, I would much rather he was not shortlisted after the way he handled the allotments.\n\nBrian',
      },
      evidence: 'rather he was not shortlisted',
    },
    {
      name: 'councillor hopes a named applicant gets appointed',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nOne of the candidates for the events officer post, Lucy Marsh, helped us enormously at the summer fair. I really hope she gets appointed.\n\nBrian',
      },
      evidence: 'hope she gets appointed',
    },
    {
      name: 'councillor doubts an applicant would be a good fit',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI gather Colin Reed is among the applicants for the caretaker job. I don\'t think he\'d be a good fit for the team at all.\n\nBrian',
      },
      evidence: 'be a good fit',
    },
    {
      name: 'officer asks a councillor to intervene with her manager over hours',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        text: 'Alice,\n\nMy manager has refused my request to cut my hours and I feel badly treated. Could you have a quiet word with him?\n\nNadia',
      },
      evidence: 'manager',
    },
    {
      name: 'officer complains to a councillor about being passed over for a regrade',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        text: 'Brian,\n\nI was passed over for regrading again this year even though my job has doubled. I would value your support.\n\nNadia',
      },
      evidence: 'passed over',
    },
    {
      name: 'officer raises his own disciplinary with a councillor',
      message: {
        from: 'Tom Reilly <tom.reilly@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        text: 'Cllr Brown,\n\nI have been suspended pending a disciplinary investigation and I think it is unfair. Can you help?\n\nTom',
      },
      evidence: 'suspended',
    },
    {
      name: 'councillor recommends a relative for a vacancy',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nMy nephew has applied for the gardener vacancy in parks. He is a hard worker and would be a great hire.\n\nBrian',
      },
      evidence: 'great hire',
    },
    {
      name: 'councillor tries to speak up for an officer facing dismissal',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI would like to give evidence in support of Tom at his dismissal hearing next week.\n\nAlice',
      },
      evidence: 'in support of',
    },
    {
      name: 'councillor canvasses against an applicant',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI understand Mr Quinn has been shortlisted for the estates manager post. I would advise the panel against appointing him.\n\nBrian',
      },
      evidence: 'against appointing',
    },
    {
      name: 'a councillor canvasses against an applicant',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: 'Sam,\n\nI see Mark Dean is on the shortlist for the housing manager vacancy. Between us, he should not be appointed.\n\nBrian',
      },
      evidence: 'should not be appointed',
    },
    {
      name: 'a council\'s own employment phrase from its policy',
      policy: { extraTerms: { [ID]: ['my job share'] } },
      message: {
        from: OFFICER,
        to: [CLLR],
        text: 'Dear Cllr Cole,\n\nCould you help me get my job share arrangement changed?\n\nSam',
      },
      evidence: 'my job share',
    },
    {
      name: 'a cabinet member asks for a named employee\'s long service to count in his disciplinary',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: 'Dear Sam,\n\nI understand Dave Mercer at the depot faces a disciplinary hearing next week. I have known Dave for many years, and I would ask that you take his long service into account when you reach a decision.\n\nKind regards,\n\nCllr Brian Cole\nCabinet Member for Environment',
      },
      evidence: 'take his long service into account',
    },
    {
      name: 'a councillor hopes a final written warning will not be needed',
      message: {
        from: CLLR_2,
        to: [OFFICER],
        text: 'Sam,\n\nOn Tom Fielding\'s disciplinary: given his twenty years with us, I very much hope a final written warning would not be necessary.\n\nErin',
      },
      evidence: 'final written warning would not be necessary',
    },
    {
      name: 'a councillor asks for sympathy in a named officer\'s capability procedure',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: 'Sam,\n\nI gather Priya Shah in Revenues is going through the capability procedure. She has had a very difficult year at home, and I trust you will deal with her case leniently.\n\nBrian',
      },
      evidence: 'leniently',
    },
    {
      name: 'a councillor asks a manager to bear an employee\'s strain in mind in her grievance',
      message: {
        from: CLLR_2,
        to: [OFFICER],
        text: 'Sam,\n\nI have been contacted about the grievance Jo Adams has raised against her manager. I would be grateful if you could bear in mind that Jo has been under a great deal of strain this year.\n\nErin',
      },
      evidence: 'bear in mind',
    },
  ],
}));
