import { defineRule, type RuleHit } from '../define-rule';
import { findOwnEmploymentMatter, findStaffingIntervention, type EmploymentHit } from '../language/employment';
import { isCouncillorLike } from '../model/party';

const ID = 'employment-lobbying';

const CLLR = 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>';
const CLLR_2 = 'Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>';
const OFFICER = 'Sam Reid <sam.reid@northdown.gov.uk>';
const HR = 'Recruitment <recruitment@northdown.gov.uk>';
const LIST = 'All Councillors <all.councillors@northdown.gov.uk>';

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
  cases: {
    valid: [
      {
        name: 'an officer explaining service staffing is not lobbying about her own employment',
        message: {
          from: OFFICER,
          to: [CLLR],
          text: 'Dear Cllr Cole,\n\nTwo crew vacancies on the Harbour Lane round have now been filled, which should end the missed collections.\n\nSam Reid',
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
        name: 'an HR announcement of a new colleague to all councillors',
        message: {
          from: OFFICER,
          to: [LIST],
          text: 'This email has been sent to all councillors.\n\nI am pleased to let you know that Amy Richards will join the Community Safety team as Community Safety Officer on 2 March.\n\nSam',
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
        name: 'a councillor praising a resident\'s work, with no recruitment in view',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nMrs Lowe has run our residents\' association for years and would be an asset to the new steering group. Could you send her the terms of reference?\n\nBrian',
        },
      },
    ],
    invalid: [
      {
        name: 'an officer lobbies a councillor about his grading, grievance and pay',
        message: {
          from: OFFICER,
          to: [CLLR],
          text: 'Dear Cllr Cole,\n\nMy manager has turned down my regrading appeal for the second time and I have now lodged a grievance. Could you have a word with HR about my pay band?\n\nSam Reid',
        },
        evidence: 'my regrading appeal',
      },
      {
        name: 'an officer asks a councillor to take up a grievance against her line manager',
        message: {
          from: OFFICER,
          to: [CLLR],
          text: 'Dear Cllr Cole,\n\nSince last spring my line manager has been putting me under a lot of pressure. I raised a formal grievance in November. I wondered whether you could raise this with the Chief Executive on my behalf.\n\nSam Reid',
        },
        evidence: 'my line manager',
      },
      {
        name: 'a councillor canvasses for a job applicant',
        message: {
          from: CLLR,
          to: [HR],
          text: 'Hello,\n\nI understand Sarah Lowe has applied for the admin assistant post. I would be grateful if you could put in a good word with the interview panel for her.\n\nMany thanks,\nBrian',
        },
        evidence: 'put in a good word',
      },
      {
        name: 'a councillor tells the panel an applicant would be an excellent appointment',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Dear Sam,\n\nOne of the applicants for the enforcement post, Jordan Hale, is a constituent of mine and I think he would be an excellent appointment. I hope the panel will bear my comments in mind.\n\nBrian',
        },
        evidence: 'would be an excellent appointment',
      },
      {
        name: 'a councillor offers to speak for a suspended employee at his disciplinary hearing',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: "Dear Sam,\n\nI understand the caretaker has been suspended and faces a disciplinary hearing next week. I'd be happy to attend the hearing to speak on his behalf.\n\nBrian",
        },
        evidence: 'attend the hearing',
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
    ],
  },
});
