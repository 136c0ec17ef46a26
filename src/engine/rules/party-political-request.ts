import { defineCases, defineRule } from '../define-rule';
import { findPartyPoliticalRequests } from '../language/party-political';
import { BRIAN_COLE as COUNCILLOR, PRIYA_SHAH as OFFICER } from './example-people';

const ID = 'party-political-request';

export const partyPoliticalRequest = defineRule({
  id: ID,
  summary:
    'Officers serve the whole council, not a party: a councillor should not ask them to attend a party or group meeting, or to help with campaigning, election leaflets or other party material.',
  citations: {
    woking: { severity: 'warning', clause: '7.3' },
    runnymede: { severity: 'warning', clause: '2.9' },
    rushcliffe: { severity: 'warning', clause: 'Political group meetings' },
    harlow: { severity: 'warning', clause: '14.5, 15.15' },
    bursledon: { severity: 'warning', clause: '4.1' },
    model: { severity: 'warning' },
  },
  fixable: [],
  check(ctx) {
    const { sender, visible } = ctx.parties;
    if (sender?.role !== 'councillor' || !visible.some((p) => p.role === 'officer')) return [];
    const [request] = findPartyPoliticalRequests(ctx.thread.newText, ctx.policy.extraTerms[ID]);
    if (!request) return [];
    return [
      {
        message:
          request.kind === 'meeting'
            ? `You ask an officer to attend a party or group meeting ("${request.phrase}"); officers stay politically neutral, so route any briefing through the Chief Executive or offer it to all groups.`
            : `You ask an officer to help with campaign or party material ("${request.phrase}"); council staff and resources must not be used for party campaigning.`,
        evidence: request.phrase,
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
      name: 'asks for a briefing to all members',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCould you arrange a briefing on the budget for all members before the council meeting?\n\nBrian',
      },
    },
    {
      name: 'committee meeting is council business',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nWill you be presenting the report at planning committee on Tuesday?\n\nBrian',
      },
    },
    {
      name: 'question about the pre-election period rules',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCan you remind me what the pre-election period rules mean for ward newsletters?\n\nBrian',
      },
    },
    {
      name: 'a ward surgery venue',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCould the library host my ward surgery on the first Saturday of the month?\n\nBrian',
      },
    },
    {
      name: 'cross-party working group',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCould you attend the cross-party working group on climate next week?\n\nBrian',
      },
    },
    {
      name: 'the election count arrangements (officers run elections)',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nWhat time does the election count start, and where should candidates go?\n\nBrian',
      },
    },
    {
      name: 'an all-member cross-party briefing is council business',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Priya,\n\nCould you arrange an all-member briefing on the Local Plan, open to councillors of every group?\n\nThanks,\nBrian',
      },
    },
    {
      name: 'a working group meeting is not a party group',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Priya,\n\nCould someone from planning attend the climate working group meeting on Friday?\n\nBrian',
      },
    },
    {
      name: 'a question about the pre-election period rules',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Priya,\n\nCan you confirm the publicity rules that apply during the pre-election period?\n\nBrian',
      },
    },
    {
      name: 'the party role in the sign-off is not a request',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Priya,\n\nCould you let me know when the bin collection changes start?\n\nThanks,\nBrian\n\nCllr Brian Cole\nLeader, Labour Group',
      },
    },
  ],
  invalid: [
    {
      name: 'invites the officer to a party group meeting',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCould you join our Labour group meeting next Monday evening to take us through the budget?\n\nBrian',
      },
      evidence: 'group meeting',
    },
    {
      name: 'asks the officer to check an election leaflet',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nWould you mind proofreading our election leaflet before it goes to print?\n\nBrian',
      },
      evidence: 'leaflet',
    },
    {
      name: 'asks for help drafting the manifesto',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCan you help us draft the housing section of our manifesto?\n\nBrian',
      },
      evidence: 'manifesto',
    },
    {
      name: 'asks for figures for a campaign newsletter',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCould you send me the crime figures for our Conservative campaign newsletter?\n\nBrian',
      },
      evidence: 'campaign',
    },
    {
      name: 'asks the officer to present to the party group',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nI would like you to give a presentation to the Liberal Democrat group next Thursday.\n\nBrian',
      },
      evidence: 'Liberal Democrat group',
    },
    {
      name: 'asks for help with canvassing material',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nCould your team help design our canvassing cards for the by-election?\n\nBrian',
      },
      evidence: 'canvassing',
    },
    {
      name: 'an imperative invitation to brief the group',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Priya,\n\nPlease come and brief our group on the Local Plan site options next week.\n\nBrian',
      },
      evidence: 'our group',
    },
    {
      name: 'help with canvassing',
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Priya,\n\nWould any of your team be able to help us with canvassing in Westmoor this weekend?\n\nBrian',
      },
      evidence: 'canvassing',
    },
    {
      name: 'a council\'s own party name from extraTerms',
      policy: { extraTerms: { [ID]: ['Northdown First'] } },
      message: {
        from: COUNCILLOR,
        to: [OFFICER],
        text: 'Priya,\n\nWould you be able to attend the Northdown First meeting on Thursday to explain the parking review?\n\nBrian',
      },
      evidence: 'Northdown First',
    },
  ],
}));
