import { defineCases, defineRule } from '../define-rule';
import { findCirculationStatement } from '../language/circulation';
import { describeParty } from '../model/party';
import { ALL_COUNCILLORS as LIST, DEMOCRATIC_SERVICES as OFFICER } from './example-people';

const ID = 'hidden-circulation';
const NOTATION = 'Sent to all councillors.';

export const hiddenCirculation = defineRule({
  id: ID,
  summary:
    'A message that goes to a councillor distribution list should say who it was sent to, so every reader knows the circulation and nothing is copied silently.',
  citations: {
    woking: { severity: 'warning', clause: '11.3' },
    runnymede: { severity: 'warning' },
    rushcliffe: { severity: 'warning' },
    harlow: { severity: 'warning' },
    bursledon: { severity: 'warning' },
    model: { severity: 'warning' },
  },
  fixable: ['insert-notation'],
  check(ctx) {
    const { to, cc, bcc } = ctx.parties;
    const list = [...to, ...cc, ...bcc].find((p) => p.role === 'councillor-list');
    if (!list) return [];
    if (findCirculationStatement(ctx.thread.newText, ctx.policy.extraTerms[ID])) return [];
    return [
      {
        message: 'This goes to a councillor distribution list but the text never says who received it; state the circulation (a greeting such as "Dear all" does not).',
        evidence: describeParty(list),
        fixes: [{ kind: 'insert-notation', label: 'Add a circulation line', text: NOTATION }],
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
      name: '"This message is going to every member of the council"',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'This message is going to every member of the Council.\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
    },
    {
      name: '"Circulated to all councillors"',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'Circulated to all councillors\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
    },
    {
      name: '"Circulation: all Members" heading',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        bcc: ['All Councillors <all.councillors@northdown.gov.uk>'],
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Circulation: all Members\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
    },
    {
      name: '"I am writing to all councillors"',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'I am writing to all councillors about the consultation.\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
    },
    {
      name: 'no councillor list at all',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>', 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        text: 'Dear all,\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
    },
    {
      name: 'statement in a "To:" style line',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'To: all members of the Council\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
    },
    {
      name: 'opens with "Sent to all councillors."',
      message: { from: OFFICER, to: [LIST], text: 'Sent to all councillors.\n\nDear Councillors,\n\nBin collections move by one day over Christmas.\n\nDemocratic Services' },
    },
    {
      name: 'a Circulation: line',
      message: { from: OFFICER, to: [LIST], text: 'Circulation: All Members of the Council\n\nDear Councillor,\n\nThe budget consultation opens today.\n\nChief Executive' },
    },
    {
      name: 'a heading "To all members of the Council"',
      message: { from: OFFICER, to: [LIST], text: 'To all members of the Council\n\nThe annual review of the register of interests starts today.\n\nMonitoring Officer' },
    },
    {
      name: 'a hard-wrapped sentence saying the reply was copied to all councillors',
      message: {
        from: OFFICER,
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: [LIST],
        text: 'Dear Cllr Brown,\n\nThe charge rises to £32 in April. As the question affects every ward, I have copied this\nreply to all councillors.\n\nKind regards,\nMark',
      },
    },
    {
      name: 'no councillor list among the recipients',
      message: { from: OFFICER, to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>', 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'], text: 'Dear all,\n\nPapers for Thursday are attached.\n\nDemocratic Services' },
    },
    {
      name: 'a council\'s own circulation wording from extraTerms',
      policy: { extraTerms: { [ID]: ['Members bulletin'] } },
      message: { from: OFFICER, to: [LIST], text: 'Members Bulletin - week 6\n\nThis week: budget consultation, Christmas bins.\n\nDemocratic Services' },
    },
  ],
  invalid: [
    {
      name: '"Dear all" only, list in To',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'Dear all,\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
      evidence: 'all.councillors',
    },
    {
      name: '"Hi everyone", list in Cc',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'Hi everyone,\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
      evidence: 'all.councillors',
    },
    {
      name: 'list in Bcc with a personal greeting',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        bcc: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'Dear Nadia,\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
      evidence: 'all.councillors',
    },
    {
      name: 'no greeting at all',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: '\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
      evidence: 'all.councillors',
    },
    {
      name: '"Dear colleagues" is a greeting, not a circulation',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'Dear colleagues,\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
      evidence: 'all.councillors',
    },
    {
      name: 'mention of all councillors that is not about this message',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'Hello,\n\nAll councillors will be invited to the launch.\n\nThe budget consultation closes on 28 February.\n\nNadia',
      },
      evidence: 'all.councillors',
    },
    {
      name: '"Dear all" is a greeting, not a circulation statement',
      message: { from: OFFICER, to: [LIST], text: 'Dear all,\n\nPlease see below a question from Cllr Brown about the play area.\n\nRebecca' },
      evidence: 'all.councillors@northdown.gov.uk',
    },
    {
      name: '"Hi all" from a councillor inviting colleagues',
      message: {
        from: 'Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>',
        to: [LIST],
        text: 'Hi all,\n\nYou would all be very welcome at the Millford lights switch-on on Saturday.\n\nErin',
      },
      evidence: 'all.councillors@northdown.gov.uk',
    },
    {
      name: 'the list in Cc of a reply with no statement',
      message: {
        from: OFFICER,
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: [LIST],
        text: 'Dear Alice,\n\nThe play area has been inspected and the climbing frame taped off.\n\nRebecca',
      },
      evidence: 'all.councillors@northdown.gov.uk',
    },
    {
      name: 'the list in Bcc',
      message: { from: OFFICER, to: [OFFICER], bcc: [LIST], text: 'Good morning,\n\nThe members\' room is closed over Christmas.\n\nJoanne' },
      evidence: 'all.councillors@northdown.gov.uk',
    },
    {
      name: 'a statement of circulation only in the quoted history does not count',
      message: {
        from: OFFICER,
        to: [LIST],
        kind: 'forward',
        text: 'For information.\n\nJoanne\n\nFrom: Chief Executive <chief.executive@northdown.gov.uk>\nSent: 09 February 2026 09:00\nTo: All Councillors <all.councillors@northdown.gov.uk>\nSubject: Budget\n\nSent to all councillors.\n\nThe consultation opens today.',
      },
      evidence: 'all.councillors@northdown.gov.uk',
    },
  ],
}));
