import { defineRule, type RuleHit } from '../define-rule';
import { findPressure, type PressureHit } from '../language/directives';
import type { Fix } from '../model/fix';

const ID = 'pressure-on-officer';

const CLLR = 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>';
const CLLR_ALIAS = 'Carol Davies <carol.d.home@example.net>';
const OFFICER = 'Sam Reid <sam.reid@northdown.gov.uk>';
const RESIDENT = 'Pat Jones <pat.jones@example.com>';

function messageFor(hit: PressureHit): string {
  switch (hit.kind) {
    case 'threat':
      return `"${hit.phrase}" threatens an officer to get something done, which is undue pressure; raise concerns about an officer privately with their Director or the Chief Executive.`;
    case 'advice-change':
      return `This presses an officer to change their professional advice ("${hit.advice ?? hit.phrase}"); you may ask them to reconsider, but the advice is theirs to give.`;
    case 'outside-duties':
    case 'council-term':
      return `"${hit.phrase}" asks an officer to act outside their normal duties or the Council's policy, which puts them under undue pressure.`;
    default:
      return `"${hit.phrase}" reads as an order to an officer; councillors may ask, but officers take their instructions from their managers.`;
  }
}

function fixesFor(hit: PressureHit): Fix[] {
  if (hit.replacement === undefined) return [];
  const label = hit.replacement ? `Say "${hit.replacement}" instead` : 'Remove this';
  return [{ kind: 'replace-phrase', label, phrase: hit.fixPhrase ?? hit.phrase, replacement: hit.replacement }];
}

export const pressureOnOfficer = defineRule({
  id: ID,
  summary:
    'Councillors may ask officers for help and may disagree with their advice, but must not order them about, insist that they change their professional view, threaten them, or ask them to act outside their duties or the Council’s policy.',
  citations: {
    woking: { severity: 'warning', clause: '15.1' },
    runnymede: { severity: 'warning', clause: '2.4, 2.11' },
    rushcliffe: { severity: 'warning', clause: 'Casework' },
    harlow: { severity: 'warning', clause: '5.4, 5.7, 6.5' },
    bursledon: { severity: 'warning', clause: '3.2(f)' },
    model: { severity: 'warning' },
  },
  fixable: ['replace-phrase'],
  check(ctx) {
    const { sender, to, cc } = ctx.parties;
    if (sender?.role !== 'councillor') return [];
    // The "you" of the message is an officer: an officer in To, or in Cc with nobody else in To.
    const addressesOfficer = to.some((p) => p.role === 'officer') || (to.length === 0 && cc.some((p) => p.role === 'officer'));
    if (!addressesOfficer) return [];
    return findPressure(ctx.thread.newText, ctx.policy.extraTerms[ID]).map(
      (hit): RuleHit => ({ message: messageFor(hit), evidence: hit.phrase, fixes: fixesFor(hit) }),
    );
  },
  cases: {
    valid: [
      {
        name: 'a polite request with a suggested date is not pressure',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Dear Sam,\n\nCould you possibly let me know when the lighting survey will be finished? I would be grateful for an update by Friday if that is possible.\n\nBrian',
        },
      },
      {
        name: 'firm disagreement with questions is not pressure',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: "Sam,\n\nI'm disappointed with this response and I don't agree with the reasoning. Could you explain what changed, and what the new timetable is?\n\nBrian",
        },
      },
      {
        name: 'an officer explaining a requirement to councillors is not a councillor pressing an officer',
        message: {
          from: OFFICER,
          to: ['All Councillors <all.councillors@northdown.gov.uk>'],
          text: 'Dear Councillor,\n\nUnder the Code of Conduct you must notify the Monitoring Officer of any change to your interests within 28 days.\n\nSam',
        },
      },
      {
        name: '"you must" in its sense of supposing is not an order',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nYou must be very busy with the budget at the moment. When you have a chance, could you send me the figures for Mill Lane?\n\nBrian',
        },
      },
      {
        name: 'a demand quoted from a resident\'s email is not the councillor\'s own',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nMs Khan wrote to me saying "I demand that the council moves me out of this flat". Would you be able to look at her transfer application?\n\nBrian',
        },
      },
      {
        name: 'asking an officer to reconsider their recommendation politely is allowed',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nWould you be willing to look again at your recommendation in the light of the new traffic survey? I am not insisting, but I think it changes the picture.\n\nBrian',
        },
      },
      {
        name: 'saying you will take a policy issue to full council is ordinary politics',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nThanks for the briefing on the parking charges. I will be raising the wider policy at full council next month.\n\nBrian',
        },
      },
      {
        name: 'a councillor writing to a resident, with the officer only copied, is not addressing the officer',
        message: {
          from: CLLR,
          to: [RESIDENT],
          cc: [OFFICER],
          text: 'Dear Mr Jones,\n\nYou must submit your objection by Friday for it to be considered; I have copied Sam Reid, who is dealing with the application.\n\nBrian Cole',
        },
      },
    ],
    invalid: [
      {
        name: 'insisting that an officer change a recommendation, with a threat',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nI insist that you change your recommendation to refusal before the agenda is published. If the report goes out as it stands I will be raising your performance with the Chief Executive.\n\nBrian',
        },
        evidence: 'I insist that you',
      },
      {
        name: 'orders with a deadline and a public-shaming threat',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nYou must get this sorted today. I expect the boiler repaired by close of play, or I will be taking this to full council and naming the team responsible.\n\nBrian',
        },
        evidence: 'You must',
      },
      {
        name: '"make sure you" with no courtesy is an order',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: "Sam,\n\nThe fly-tip is blocking the pavement. Make sure you send me photos once it's done, and make sure you put a camera up.\n\nBrian",
        },
        evidence: 'Make sure you',
      },
      {
        name: 'asking for a favour so a constituent can jump the queue',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: "Sam,\n\nI'd like you to do me a favour and get her moved up to Band A so she can bid on the new flats. She really needs to jump the queue on this one.\n\nCheers,\nBrian",
        },
        evidence: 'do me a favour',
      },
      {
        name: 'a polite request to run a check on a neighbour is still outside duties',
        message: {
          from: CLLR_ALIAS,
          to: [OFFICER],
          text: "Hi Sam,\n\nCould you run a check on my neighbour at 14 Hallam Rise? I'd be grateful if you could send someone round this week.\n\nThanks,\nCarol",
        },
        evidence: 'run a check on',
      },
      {
        name: 'a bare order with a deadline',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nI have read your report. Send me the revised version by Friday.\n\nBrian',
        },
        evidence: 'Send',
      },
      {
        name: 'a council\'s own pressure phrase from its policy',
        policy: { extraTerms: { [ID]: ['pull some strings'] } },
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nCould you pull some strings with the licensing panel for my friend\'s bar?\n\nBrian',
        },
        evidence: 'pull some strings',
      },
    ],
  },
});
