import { defineCases, defineRule, type RuleHit } from '../define-rule';
import { readPersonalInterest, type InterestCue } from '../language/personal-interest';
import { CLLR_CAROL_DAVIES as COUNCILLOR, SAM_REID as OFFICER } from './example-people';

const ID = 'undeclared-personal-interest';

/** The declaration we suggest, naming what the writer's own words show. */
function suggestedDeclaration(cue: InterestCue | undefined): string {
  if (!cue) return 'I should declare a personal interest: [say what your connection to this matter is].';
  const phrase = cue.phrase.replace(/^(My|Our)\b/, (w) => w.toLowerCase());
  return /^i\b/i.test(phrase)
    ? `I should declare a personal interest: ${phrase.replace(/^i\b/i, 'I')}.`
    : `I should declare a personal interest: this matter concerns ${phrase}.`;
}

export const undeclaredPersonalInterest = defineRule({
  id: ID,
  summary:
    'When a councillor raises with officers something that touches their own home, business, family or friends, they should say plainly that they have a personal interest and what it is, so the request is handled like any resident’s.',
  citations: {
    woking: { severity: 'warning', clause: '15.1' },
    runnymede: { severity: 'warning', clause: '2.1' },
    rushcliffe: { severity: 'warning', clause: 'Casework' },
    harlow: { severity: 'warning', clause: '5.2, 6.4' },
    bursledon: { severity: 'warning', clause: '3.2(g)' },
    model: { severity: 'warning' },
  },
  fixable: ['insert-notation'],
  check(ctx) {
    const { sender, visible } = ctx.parties;
    if (sender?.role !== 'councillor' || !visible.some((p) => p.role === 'officer')) return [];
    const reading = readPersonalInterest(ctx.thread.newText, ctx.policy.extraTerms[ID]);
    if (reading.declaration?.nature) return [];
    const cue = reading.cues[0];
    const fixes = [{ kind: 'insert-notation', label: 'Declare the interest and its nature', text: suggestedDeclaration(cue) }] as const;
    if (reading.declaration) {
      const hit: RuleHit = {
        message: 'You declare an interest but do not say what it is; state its nature as well (for example whose application it is).',
        evidence: reading.declaration.phrase,
        fixes,
      };
      return [hit];
    }
    if (!cue) return [];
    return [
      {
        message: `Your message suggests a personal interest ("${cue.phrase}"); say that you have a personal interest and what it is before asking officers about it.`,
        evidence: cue.phrase,
        fixes,
      },
    ];
  },
});

/**
 * Examples that double as tests and docs: `valid` must not fire, `invalid` must. A separate export,
 * and a function, so the add-in and CLI bundles drop them (see defineCases).
 */
export const cases = /* @__PURE__ */ defineCases(() => ({
  valid: [
    {
      name: 'a gathering hosted at the councillor\'s house is a venue, not a matter of their own',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nThe ward forum volunteers are meeting at my house on Thursday evening. Could you send me the latest figures on the library opening hours to share with them?\n\nBrian',
      },
    },
    {
      name: 'a briefing offered round at the councillor\'s home is still only a venue',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nWould you be able to give the residents\' association a short briefing on the bus changes? They usually hold their committee meeting at my home on the first Monday of the month.\n\nBrian',
      },
    },
    {
      name: 'interest declared with its nature',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI must declare a personal interest, as the applicant is my sister-in-law. Could you tell me when the application will be decided?\n\nBrian',
      },
    },
    {
      name: 'about a resident\'s home, not the councillor\'s',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nA resident on Elm Road says the extension next door will block her light. Could the case officer visit?\n\nBrian',
      },
    },
    {
      name: '"my ward" and "my residents" are not personal interests',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nSeveral of my residents have asked about the play area in my ward. When will it reopen?\n\nBrian',
      },
    },
    {
      name: 'to a resident, not an officer',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThe extension next to my house is also causing me concern.\n\nBrian',
      },
    },
    {
      name: '"my casework" and "my surgery"',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nAt my surgery on Saturday a family raised damp in their flat; this is now on my casework list. Can Housing inspect?\n\nBrian',
      },
    },
    {
      name: 'declared: it is my own home',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nFor transparency, I have a personal interest here because the tree is in my own garden. Can I apply for the works in the normal way?\n\nBrian',
      },
    },
    {
      name: 'declares both the interest and its nature',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Dear Sam,\n\nI should declare a personal interest: the application at 4 Elm Road is my brother\'s. Could you tell me when a decision is expected?\n\nCarol',
      },
    },
    {
      name: 'ordinary casework about a resident\'s garden is not a personal interest',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Hi Sam,\n\nA resident in my ward has asked about the tree overhanging her garden on Mill Lane. Could someone take a look?\n\nThanks,\nCarol',
      },
    },
    {
      name: 'mentioning family without any stake in the matter',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Sam,\n\nMy husband and I enjoyed the opening of the new play area on Saturday. Could you pass on my thanks to the parks team?\n\nCarol',
      },
    },
    {
      name: 'my home address is contact detail, not a stake',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Sam,\n\nPlease post the committee papers to my home address this month, as I am away from the office.\n\nCarol',
      },
    },
    {
      name: 'a message to a resident is not to officers',
      message: {
        from: COUNCILLOR,
        to: ['Jo Public <jo.public@example.com>'],
        text: 'Dear Jo,\n\nThe hedge at my house is the same height as yours, so I understand the concern.\n\nCarol',
      },
    },
    {
      name: 'the stake appears only in quoted history',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        kind: 'reply',
        text: 'Thanks Sam, that is helpful.\n\nCarol\n\nFrom: Jo Public <jo.public@example.com>\nSent: 09 February 2026 09:00\nTo: Cllr Carol Davies <carol.davies@members.northdown.gov.uk>\nSubject: Noise\n\nMy neighbour plays music all night.',
      },
    },
  ],
  invalid: [
    {
      name: 'objection about the application next to the councillor\'s own house',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nThe extension proposed next to my house at 4 Elm Road will take all the light from my kitchen. Could it be refused?\n\nBrian',
      },
      evidence: 'my house',
    },
    {
      name: 'chasing a daughter\'s licence application',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCould you hurry along my daughter\'s premises licence application for the café?\n\nBrian',
      },
      evidence: 'daughter',
    },
    {
      name: 'neighbour dispute the councillor is party to',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nMy neighbour has built a fence on my land and refuses to move it. Can enforcement visit?\n\nBrian',
      },
      evidence: 'my land',
    },
    {
      name: 'business rates on the councillor\'s own shop',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCan someone look at the business rates bill for my shop on the High Street? It seems far too high.\n\nBrian',
      },
      evidence: 'my shop',
    },
    {
      name: 'a friend\'s planning application',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nA good friend of mine has a planning application in for a dormer at 12 Vale Road. Can you let me know how it is looking?\n\nBrian',
      },
      evidence: 'friend',
    },
    {
      name: 'mentions an interest without saying what it is',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI have an interest in this, but could you tell me whether my brother\'s application for the barn conversion will be approved?\n\nBrian',
      },
      evidence: 'brother',
    },
    {
      name: 'asks for a check on her own neighbour',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Hi Sam,\n\nCould you look into my neighbour at 14 Hallam Rise, who is running a car repair business from his drive?\n\nCarol',
      },
      evidence: 'my neighbour',
    },
    {
      name: 'a family member is the applicant',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Sam,\n\nMy daughter has applied for a premises licence for her café on the High Street. When will the licensing panel meet?\n\nCarol',
      },
      evidence: 'My daughter',
    },
    {
      name: 'possessive form: a friend\'s planning application',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Sam,\n\nCan you chase my friend\'s planning application at 3 Priory Close? It has been waiting eight weeks.\n\nCarol',
      },
      evidence: "my friend's",
    },
    {
      name: 'declares an interest without its nature',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Sam,\n\nI should declare an interest in this application. Could you tell me when it will go to committee?\n\nCarol',
      },
      evidence: 'declare an interest',
    },
    {
      name: 'lives next door to the site, sent from a private alias',
      message: {
        from: 'Carol Davies <carol.d.home@example.net>',
        to: [OFFICER],
        text: 'Sam,\n\nI live next door to the old garage site and the lorries start at 6am. Can enforcement visit this week?\n\nCarol',
      },
      evidence: 'I live next door',
    },
    {
      name: 'their own business premises',
      message: {
        from: 'Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>',
        to: [OFFICER],
        text: 'Sam,\n\nThe business rates bill for my shop on Market Street looks wrong. Could someone in revenues check it?\n\nErin',
      },
      evidence: 'my shop',
    },
    {
      name: 'a council\'s own cue from extraTerms',
      policy: { extraTerms: { [ID]: ['my beach hut'] } },
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Sam,\n\nThe council is proposing new charges for my beach hut at West Bay. When will the charges be decided?\n\nCarol',
      },
      evidence: 'my beach hut',
    },
  ],
}));
