import { defineCases, defineRule, type RuleHit } from '../define-rule';
import { findDiscourtesy, type CourtesyHit } from '../language/courtesy';
import { BRIAN_COLE as CLLR, SAM_REID as OFFICER } from './example-people';

const ID = 'discourteous-language';


function messageFor(hit: CourtesyHit): string {
  const phrase = hit.phrase.replace(/["“”]/g, "'");
  switch (hit.kind) {
    case 'profanity':
      return `"${phrase}" is swearing, which has no place in correspondence between councillors and officers.`;
    case 'shouting':
      return `"${phrase}" is written in capitals, which reads as shouting; put it in ordinary type.`;
    case 'sarcasm':
      return `"${phrase}" reads as sarcasm; say plainly what went wrong instead.`;
    default:
      return `"${phrase}" is an insult; criticise the work or the outcome courteously rather than the person.`;
  }
}

export const discourteousLanguage = defineRule({
  id: ID,
  summary:
    'Councillors and officers must treat each other with courtesy and respect in writing: no swearing, no insults aimed at a person or their work, no shouting in capitals and no sarcasm. Residents are not bound by the protocol, and words quoted from earlier messages do not count.',
  citations: {
    woking: { severity: 'warning', clause: '3.1, 6.1' },
    runnymede: { severity: 'warning', clause: '2.1' },
    rushcliffe: { severity: 'warning', clause: 'Principles' },
    harlow: { severity: 'warning', clause: '4.2, 12.1' },
    bursledon: { severity: 'warning', clause: '3.1(h), 3.2(d)' },
    model: { severity: 'warning' },
  },
  fixable: ['replace-phrase'],
  check(ctx) {
    const role = ctx.parties.sender?.role;
    // The protocol binds councillors and officers, and only in council correspondence.
    if (!ctx.parties.councilCorrespondence || (role !== 'councillor' && role !== 'councillor-list' && role !== 'officer')) return [];
    return findDiscourtesy(ctx.thread.newText, ctx.policy.extraTerms[ID]).map(
      (hit): RuleHit => ({
        message: messageFor(hit),
        evidence: hit.phrase,
        fixes: [
          {
            kind: 'replace-phrase',
            label: hit.replacement ? `Say "${hit.replacement}" instead` : 'Remove it',
            phrase: hit.fixPhrase,
            replacement: hit.replacement,
          },
        ],
      }),
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
      name: 'a resident is not bound by the protocol',
      message: {
        from: 'Pat Quinn <pat.quinn@example.org>',
        to: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        text: 'Your council is useless and the planners are clueless.\n\nPat',
      },
    },
    {
      name: 'insult only in quoted history',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Brian,\n\nI am sorry you feel that way; I have asked the team to look again.\n\nNadia\n\n-----Original Message-----\nFrom: Pat Quinn <pat.quinn@example.org>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Bins\n\nYou lot are completely useless.',
      },
    },
    {
      name: 'a short acronym in capitals is not shouting',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nThe ASB team and the PCSO will attend on Friday.\n\nBrian',
      },
    },
    {
      name: 'a place name that contains a rude substring',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nThe works on Scunthorpe Road and Penistone Street finish next week.\n\nBrian',
      },
    },
    {
      name: 'negated insult',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI am not suggesting anyone was incompetent; the storm was exceptional.\n\nBrian',
      },
    },
    {
      name: 'criticising equipment, not a person',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nThe old ticket machine was useless in the rain, so I am glad it has gone.\n\nBrian',
      },
    },
    {
      name: 'firm but courteous complaint',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI am disappointed that this has taken three months and I would like to understand why.\n\nBrian',
      },
    },
    {
      name: 'acronyms in capitals are not shouting',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: 'Sam,\n\nThe ASB team and the HMO licensing officers both attended. Could you send me the CCTV and DBS figures?\n\nBrian',
      },
    },
    {
      name: 'a heading in capitals is not shouting',
      message: {
        from: OFFICER,
        to: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'Sent to all councillors.\n\nMINUTES OF THE PLANNING COMMITTEE\n\nThe draft minutes are attached for comment.\n\nSam',
      },
    },
    {
      name: 'place names that contain rude letter strings are not profanity',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: 'Sam,\n\nCould the assessment for the Scunthorpe Road and Penistone Way junction be shared with me?\n\nBrian',
      },
    },
    {
      name: 'a negated evaluative word is not an insult',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: 'Sam,\n\nYour advice was far from useless - it helped residents a great deal. Thank you.\n\nBrian',
      },
    },
    {
      name: 'an evaluative word about a thing, not a person or their work, is not an insult',
      message: {
        from: CLLR,
        to: [OFFICER],
        text: 'Sam,\n\nThe old bus shelter on Mill Lane is useless in the rain; could it be replaced?\n\nBrian',
      },
    },
  ],
  invalid: [
    {
      name: 'calls the department useless',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nFrankly your department is utterly useless.\n\nBrian',
      },
      evidence: 'useless',
    },
    {
      name: 'sarcastic thanks',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nThanks for nothing, as usual.\n\nBrian',
      },
      evidence: 'Thanks for nothing',
    },
    {
      name: 'shouting in capitals',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nWHY HAS NOBODY ANSWERED MY EMAIL ABOUT THE BINS\n\nBrian',
      },
      evidence: 'WHY HAS NOBODY',
    },
    {
      name: 'profanity',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nWhat a load of crap this response is.\n\nBrian',
      },
      evidence: 'crap',
    },
    {
      name: 'name-calling the planners',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nThe planners are a bunch of clowns.\n\nBrian',
      },
      evidence: 'bunch of clowns',
    },
    {
      name: 'officer insulting a councillor\'s question',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        text: 'Alice,\n\nThat is a stupid question and you know it.\n\nNadia',
      },
      evidence: 'stupid',
    },
    {
      name: 'calling an officer an idiot',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nWhichever idiot approved this should be ashamed.\n\nBrian',
      },
      evidence: 'idiot',
    },
    {
      name: 'an officer insulting a councillor is bound too',
      message: {
        from: OFFICER,
        to: [CLLR],
        text: 'Cllr Cole,\n\nWhat a pathetic response to a straightforward consultation.\n\nSam',
      },
      evidence: 'pathetic',
    },
    {
      name: 'a council\'s own discourteous term from its policy',
      policy: { extraTerms: { [ID]: ['numbskull'] } },
      message: {
        from: CLLR,
        to: [OFFICER],
        text: 'Sam,\n\nOnly a numbskull would close the road during the fair.\n\nBrian',
      },
      evidence: 'numbskull',
    },
  ],
}));
