import { defineCases, defineRule } from '../define-rule';
import { asksForInformation, findParityStatement, isInterimReply, readsAsAnswer } from '../language/parity';
import type { CheckContext } from '../model/context';
import { describeParty } from '../model/party';
import { MARK_ELLIS as OFFICER, BRIAN_COLE as COUNCILLOR } from './example-people';

const ID = 'information-parity';
/** A holding reply is short; a long message that mentions "get back to you" is still an answer. */
const INTERIM_MAX_CHARS = 400;

function quoted(from: string, body: string): string {
  return `\n\nFrom: ${from}\nSent: 09 February 2026 16:55\nTo: ${OFFICER}\nSubject: Bulky waste charges\n\n${body}`;
}

/** Did the councillor being answered ask for something? Read from the quoted message, else from how the reply reads. */
function answersARequest(ctx: CheckContext): boolean {
  for (const m of ctx.thread.history) {
    if (!m.from) continue;
    if (ctx.resolve(m.from).role === 'councillor') return asksForInformation(m.text);
  }
  return ctx.thread.history.length === 0 && readsAsAnswer(ctx.thread.newText);
}

export const informationParity = defineRule({
  id: ID,
  summary:
    'Officers treat all councillors alike: when answering one councillor’s request for information, an officer should say whether the same information is also being given to other councillors.',
  citations: {
    woking: { severity: 'info', clause: '7.3(v)' },
    runnymede: { severity: 'info', clause: '3.3, 3.7' },
    rushcliffe: { severity: 'info', clause: 'Political groups' },
    harlow: { severity: 'info', clause: '15.12' },
    bursledon: { severity: 'info', clause: '4.1' },
    model: { severity: 'info' },
  },
  fixable: ['insert-notation'],
  check(ctx) {
    const { sender, to, cc } = ctx.parties;
    if (sender?.role !== 'officer' || !ctx.isReplyOrForward || ctx.draft.composeKind === 'forward') return [];
    const councillor = to.find((p) => p.role === 'councillor');
    if (!councillor) return [];
    // A reply that visibly goes to a councillor list or to other councillors already shows who gets it.
    if ([...to, ...cc].some((p) => p.role === 'councillor-list' || (p.role === 'councillor' && p.key !== councillor.key))) return [];
    if (!answersARequest(ctx)) return [];
    const text = ctx.thread.newText;
    if (text.length <= INTERIM_MAX_CHARS && isInterimReply(text)) return [];
    if (findParityStatement(text, ctx.policy.extraTerms[ID])) return [];
    return [
      {
        message: 'You answer a councillor’s request for information without saying whether other councillors will be given the same information.',
        evidence: describeParty(councillor),
        fixes: [
          { kind: 'insert-notation', label: 'Say it is shared with all councillors', text: 'I am also making this information available to all councillors.' },
          { kind: 'insert-notation', label: 'Say it has gone to this councillor only', text: 'This information has been provided to you only and has not been shared with other councillors.' },
        ],
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
      name: 'says the answer is shared with the other group leaders',
      message: {
        from: OFFICER,
        to: [COUNCILLOR],
        kind: 'reply',
        text: 'Dear Cllr Cole,\n\nThe charge will be £32 from April. I have also shared these figures with the other group leaders.\n\nMark' + quoted(COUNCILLOR, 'Mark, is the bulky waste charge going up in April?'),
      },
    },
    {
      name: 'says the answer is for this councillor only',
      message: {
        from: OFFICER,
        to: [COUNCILLOR],
        kind: 'reply',
        text: 'Dear Cllr Cole,\n\nThe charge will be £32 from April. This reply is to you only.\n\nMark' + quoted(COUNCILLOR, 'Mark, is the bulky waste charge going up in April?'),
      },
    },
    {
      name: 'points to published information',
      message: {
        from: OFFICER,
        to: [COUNCILLOR],
        kind: 'reply',
        text: 'Dear Cllr Cole,\n\nThe new charges are published on the Council\'s website under fees and charges.\n\nMark' + quoted(COUNCILLOR, 'Could you tell me the new bulky waste charges?'),
      },
    },
    {
      name: 'a holding reply gives no information yet',
      message: {
        from: OFFICER,
        to: [COUNCILLOR],
        kind: 'reply',
        text: 'Dear Cllr Cole,\n\nThank you - I am looking into this and will get back to you by Friday.\n\nMark' + quoted(COUNCILLOR, 'Mark, is the bulky waste charge going up in April?'),
      },
    },
    {
      name: 'the quoted councillor message was an FYI, not a request',
      message: {
        from: OFFICER,
        to: [COUNCILLOR],
        kind: 'reply',
        text: 'Thanks Brian, noted.\n\nMark' + quoted(COUNCILLOR, 'FYI - residents were pleased with the new collection days. No action needed.'),
      },
    },
    {
      name: 'another councillor is visibly copied, so the sharing is plain to see',
      message: {
        from: OFFICER,
        to: [COUNCILLOR],
        cc: ['Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Dear Brian,\n\nThe works start on 3 March.\n\nMark' + quoted(COUNCILLOR, 'When do the works start?'),
      },
    },
    {
      name: 'a new message from an officer is not an answer',
      message: { from: OFFICER, to: [COUNCILLOR], kind: 'new', text: 'Dear Cllr Cole,\n\nThe bulky waste charge goes up to £32 in April.\n\nMark' },
    },
    {
      name: 'a councillor replying is not an officer answering',
      message: { from: COUNCILLOR, to: [OFFICER], kind: 'reply', text: 'Thanks Mark.\n\nBrian' + quoted(OFFICER, 'Could you confirm your availability?') },
    },
  ],
  invalid: [
    {
      name: 'answers the question and says nothing about other councillors',
      message: {
        from: OFFICER,
        to: [COUNCILLOR],
        kind: 'reply',
        text: 'Dear Cllr Cole,\n\nFrom 1 April the charge will be £32 for up to three items, with a 50% reduction for residents on Council Tax Support.\n\nKind regards,\nMark' +
          quoted(COUNCILLOR, 'Hi Mark,\n\nIs the bulky waste charge going up in April, and is there still a reduced rate?\n\nBrian'),
      },
      evidence: 'cllr.brian.cole@northdown.gov.uk',
    },
    {
      name: 'a request phrased without a question mark',
      message: {
        from: OFFICER,
        to: [COUNCILLOR],
        kind: 'reply',
        text: 'Dear Brian,\n\nThe figures for Westmoor are 42 reports in January and 37 in February.\n\nMark' + quoted(COUNCILLOR, 'Mark, please send me the fly-tipping figures for Westmoor.'),
      },
      evidence: 'Brian Cole',
    },
    {
      name: 'no quoted history but it reads as an answer',
      message: {
        from: OFFICER,
        to: [COUNCILLOR],
        kind: 'reply',
        subject: 'RE: Parking permits',
        text: 'Dear Cllr Cole,\n\nIn answer to your question, there are 112 permits issued in Westmoor.\n\nMark',
      },
      evidence: 'Brian Cole',
    },
    {
      name: 'answering a councillor on a private alias',
      message: {
        from: OFFICER,
        to: ['Carol Davies <carol.d.home@example.net>'],
        kind: 'reply',
        text: 'Dear Carol,\n\nThe consultation closes on 10 March and 214 responses have been received so far.\n\nMark' +
          quoted('Carol Davies <carol.d.home@example.net>', 'Mark, how many responses has the consultation had?'),
      },
      evidence: 'carol.d.home@example.net',
    },
    {
      name: 'a Cc to officers does not state parity',
      message: {
        from: OFFICER,
        to: [COUNCILLOR],
        cc: ['Head of Waste <head.waste@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Dear Brian,\n\nThe budget for street cleansing is £1.2m this year, down from £1.3m.\n\nMark' + quoted(COUNCILLOR, 'What is the street cleansing budget this year?'),
      },
      evidence: 'Brian Cole',
    },
    {
      name: 'a greeting to "all" is not a parity statement',
      message: {
        from: OFFICER,
        to: [COUNCILLOR],
        cc: ['Bookings <bookings@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Dear all,\n\nThe hall can be booked for £45 an hour.\n\nMark' + quoted(COUNCILLOR, 'Could you tell me how much the community hall costs to hire?'),
      },
      evidence: 'Brian Cole',
    },
  ],
}));
