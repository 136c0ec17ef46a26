import { defineCases, defineRule, type RuleHit } from '../define-rule';
import { findPressure, type PressureHit } from '../language/directives';
import type { Fix } from '../model/fix';
import { BRIAN_COLE as CLLR, SAM_REID as OFFICER, PAT_JONES as RESIDENT } from './example-people';

const ID = 'pressure-on-officer';


function messageFor(hit: PressureHit): string {
  switch (hit.kind) {
    case 'threat':
      return `"${hit.phrase}" threatens an officer to get something done, which is undue pressure; raise concerns about an officer privately with their Director or the Chief Executive.`;
    case 'advice-change':
      return hit.advice && hit.advice !== hit.phrase
        ? `"${hit.phrase}" presses an officer to change their professional advice ("${hit.advice}"); you may ask them to reconsider, but the advice is theirs to give.`
        : `"${hit.phrase}" presses an officer to change their professional advice; you may ask them to reconsider, but the advice is theirs to give.`;
    case 'outside-duties':
    case 'council-term':
      return `"${hit.phrase}" asks an officer to act outside their normal duties or the Council's policy, which puts them under undue pressure.`;
    default:
      return `"${hit.phrase}" reads as an order to an officer; councillors may ask, but officers take their instructions from their managers.`;
  }
}

function fixesFor(hit: PressureHit): Fix[] {
  if (hit.replacement === undefined) return [];
  const label = hit.replacement ? `Say "${hit.replacement}" instead` : `Remove "${hit.phrase}"`;
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
});

/**
 * Examples that double as tests and docs: `valid` must not fire, `invalid` must. A separate export,
 * and a function, so the add-in and CLI bundles drop them (see defineCases).
 */
export const cases = /* @__PURE__ */ defineCases(() => ({
  valid: [
    {
      name: 'a polite "could you" request',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCould you let me know when the streetlight on Vale Road will be fixed?\n\nBrian',
      },
    },
    {
      name: '"I would be grateful if" request',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI would be grateful if you could look again at the parking survey when you have a moment.\n\nBrian',
      },
    },
    {
      name: 'asking whether something is possible',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nWould it be possible for the team to visit the allotments next week?\n\nBrian',
      },
    },
    {
      name: '"you must" as sympathy, not an order',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nYou must be exhausted after the storm clean-up; thank you for everything.\n\nBrian',
      },
    },
    {
      name: 'a rule the applicant must follow is not aimed at the officer',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nThe applicant must submit revised plans before the hearing, as I understand it.\n\nBrian',
      },
    },
    {
      name: 'disowning any pressure',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI have no wish to put you under pressure; whenever suits is fine.\n\nBrian',
      },
    },
    {
      name: 'a resident (not a councillor) demanding action',
      message: {
        from: 'Pat Quinn <pat.quinn@example.org>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'I demand that you fix my fence today.\n\nPat',
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
      name: 'expects it done by a deadline',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI expect the fly-tipping on Kiln Lane cleared by tomorrow morning.\n\nBrian',
      },
      evidence: 'expect',
    },
    {
      name: 'demands the officer rewrite their advice',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nPlease rewrite your recommendation to support the application before Thursday\'s committee.\n\nBrian',
      },
      evidence: 'recommendation',
    },
    {
      name: 'threatens to escalate the officer\'s conduct',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nIf this is not sorted I shall be raising your conduct with the Chief Executive.\n\nBrian',
      },
      evidence: 'raising your conduct',
    },
    {
      name: 'asks to move a constituent up the list as a favour',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nAs a personal favour, could you get my constituent moved to the top of the housing list?\n\nBrian',
      },
      evidence: 'favour',
    },
    {
      name: 'asks for a check on a neighbour outside duties',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCan you run a quick check on the people at number 14? I think they are subletting.\n\nBrian',
      },
      evidence: 'check on',
    },
    {
      name: 'bare imperative with an immediacy demand',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nWithdraw the enforcement notice immediately.\n\nBrian',
      },
      evidence: 'Withdraw',
    },
    {
      name: 'threat of public exposure',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nFix this or I will be raising it at full council and with the local paper.\n\nBrian',
      },
      evidence: 'full council',
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
}));
