import { defineRule } from '../define-rule';
import { findPartyPoliticalRequests } from '../language/party-political';

const ID = 'party-political-request';
const COUNCILLOR = 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>';
const OFFICER = 'Priya Shah <priya.shah@northdown.gov.uk>';

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
  cases: {
    valid: [
      {
        name: 'a request for published figures for a community meeting',
        message: {
          from: COUNCILLOR,
          to: [OFFICER],
          text: 'Hi Priya,\n\nCould you send me the table of parish precepts that went to Cabinet? Residents at the Northfield community meeting have asked how the bill is made up.\n\nThanks,\nBrian',
        },
      },
      {
        name: 'a residents\' association public meeting that is "not a party event"',
        message: {
          from: COUNCILLOR,
          to: [OFFICER],
          text: 'Dear Priya,\n\nThe residents\' association is holding a public meeting on 10 March. It is open to everyone and is not a party event. Would someone from the parking team be able to attend to explain the proposals?\n\nBrian',
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
        name: 'accepting an officer\'s refusal and asking for a note for all group leaders',
        message: {
          from: COUNCILLOR,
          to: [OFFICER],
          text: 'Priya,\n\nThanks for explaining the position on officers attending group meetings - understood. Instead, could you produce a short written note for all three group leaders?\n\nBrian',
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
        name: 'asks the finance team to a named party group meeting',
        message: {
          from: COUNCILLOR,
          to: [OFFICER],
          text: 'Hi,\n\nCould one of your team come along to our Liberal Democrat group meeting next Tuesday to talk us through the budget options?\n\nThanks,\nBrian',
        },
        evidence: 'Liberal Democrat group meeting',
      },
      {
        name: 'asks the Chief Executive to "the group meeting"',
        message: {
          from: COUNCILLOR,
          to: ['Chief Executive <chief.executive@northdown.gov.uk>'],
          text: 'Our group is meeting on Monday to agree our budget response. Could you come along to the group meeting for the first half hour?\n\nBrian',
        },
        evidence: 'group meeting',
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
        name: 'material for a re-election leaflet, purpose in the next sentence',
        message: {
          from: 'Cllr Carol Davies <carol.d.home@example.net>',
          to: [OFFICER],
          text: 'Hi Priya,\n\nCould you send me a few high-res photos of the new play area? I\'d like to use them in my re-election leaflet for May.\n\nThanks,\nCarol',
        },
        evidence: 're-election leaflet',
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
  },
});
