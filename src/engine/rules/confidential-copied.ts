import { defineCases, defineRule, type RuleHit } from '../define-rule';
import { findConfidentialityMarking } from '../language/confidentiality';
import type { RecipientField } from '../model/address';
import type { CheckContext } from '../model/context';
import { describeParty, toAddress, type Party } from '../model/party';
import { ALICE_BROWN as CLLR_A, BRIAN_COLE as CLLR_B, SAM_REID as OFFICER, PRIYA_SHAH as OFFICER_2, ALL_COUNCILLORS as LIST, GAZETTE_NEWS_DESK as PRESS } from './example-people';

const ID = 'confidential-copied';

const FOOTER =
  '\n\n**********\nThe content of this e-mail and any files sent with it is confidential and is meant only for the named recipient. If it has reached you by mistake, please notify the sender and delete it.\n**********';

const quoted = (from: string, to: string, subject: string, body: string) =>
  `\n\n-----Original Message-----\nFrom: ${from}\nSent: 09 February 2026 17:10\nTo: ${to}\nSubject: ${subject}\n\n${body}`;

/** Recipients of this message who were not on the original correspondence and are not officers. */
function addedOutsiders(ctx: CheckContext): { party: Party; field: RecipientField }[] {
  const { parties, policy } = ctx;
  const known = new Set(parties.original.map((p) => p.key));
  if (parties.sender) known.add(parties.sender.key);
  const records = new Set(policy.recordAddresses);
  const out: { party: Party; field: RecipientField }[] = [];
  const seen = new Set<string>();
  for (const field of ['to', 'cc', 'bcc'] as const) {
    for (const party of parties[field]) {
      if (party.role === 'officer' || known.has(party.key) || seen.has(party.key)) continue;
      if (party.email && records.has(party.email)) continue;
      seen.add(party.key);
      out.push({ party, field });
    }
  }
  return out;
}

export const confidentialCopied = defineRule({
  id: ID,
  summary:
    'A matter marked confidential in the correspondence (for example "in confidence" or "please do not share") must not be passed to councillors or outsiders who were not part of it without the consent of the person who gave it; passing it to officers who need to act on it is fine, and a standard email disclaimer does not make a matter confidential.',
  citations: {
    woking: { severity: 'error', clause: '9.2, 11.1' },
    runnymede: { severity: 'error', clause: '3.6' },
    rushcliffe: { severity: 'error', clause: 'Confidentiality' },
    harlow: { severity: 'error', clause: '6.11–6.12' },
    bursledon: { severity: 'error', clause: '3.1(j)' },
    model: { severity: 'error' },
  },
  fixable: ['remove-recipient'],
  check(ctx) {
    // A brand-new message has no earlier correspondence whose confidence it could break.
    if (!ctx.isReplyOrForward || ctx.parties.original.length === 0) return [];
    const added = addedOutsiders(ctx);
    if (added.length === 0) return [];
    const extra = ctx.policy.extraTerms[ID];
    const texts = [
      ctx.thread.newText,
      ctx.draft.subject,
      ...ctx.thread.history.flatMap((m) => [m.subject ?? '', m.text]),
    ];
    let marking;
    for (const t of texts) if ((marking = findConfidentialityMarking(t, extra))) break;
    if (!marking) return [];
    return added.map(({ party, field }): RuleHit => {
      const who = party.role === 'councillor-list' ? 'a councillor list' : party.role === 'councillor' ? 'a councillor' : 'someone outside the council';
      return {
        message: `This correspondence is marked confidential ("${marking.phrase}") and the message passes it to ${who} who was not part of it, which needs the consent of the person who asked for confidence.`,
        evidence: describeParty(party),
        fixes: [{ kind: 'remove-recipient', label: `Remove ${party.name ?? party.email ?? 'this recipient'}`, field, recipient: toAddress(party) }],
      };
    });
  },
});

/**
 * Examples that double as tests and docs: `valid` must not fire, `invalid` must. A separate export,
 * and a function, so the add-in and CLI bundles drop them (see defineCases).
 */
export const cases = /* @__PURE__ */ defineCases(() => ({
  valid: [
    {
      name: 'only the standard footer says confidential',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Alice,\n\nThe skip permit is approved; copying Cllr Cole as ward member.\n\nNadia\n\n--\nThis message and anything attached to it is confidential and meant only for the person it is addressed to. If it reached you by mistake, please tell us and delete it.\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Skip\n\nIs the skip permit through?\n\n--\nThis message and anything attached to it is confidential and meant only for the person it is addressed to. If it reached you by mistake, please tell us and delete it.',
      },
    },
    {
      name: 'a brand-new message marked private never fires',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'new',
        text: 'Nadia,\n\nStrictly between ourselves: the tenant at 3 Ash Row is struggling. Can Housing call?\n\nAlice',
      },
    },
    {
      name: 'an officer colleague added to a confidential thread',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Tom Reilly <tom.reilly@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Alice,\n\nTom in Housing will visit tomorrow.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Family on Ash Row\n\nNadia,\n\nPlease keep this to yourself: the family at 3 Ash Row are in debt.\n\nAlice',
      },
    },
    {
      name: 'a confidential thread answered with no one added',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Alice,\n\nNoted, thank you.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Family on Ash Row\n\nNadia,\n\nIn strict confidence, the family at 3 Ash Row are in debt.\n\nAlice',
      },
    },
    {
      name: '"confidential waste" is a service, not a marking',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Alice,\n\nThe confidential waste bins at the depot are emptied weekly; copying Cllr Cole.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Shredding\n\nHow often is shredding collected?',
      },
    },
    {
      name: 'saying nothing here is confidential',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Pat Quinn <pat.quinn@example.org>'],
        kind: 'reply',
        text: 'Alice,\n\nNothing in this reply is confidential, so I have copied Mr Quinn.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Bus shelter\n\nWhen is the shelter being replaced?',
      },
    },
    {
      name: 'a brand-new message marked in confidence never fires',
      message: {
        from: CLLR_A,
        to: [OFFICER],
        cc: [CLLR_B],
        kind: 'new',
        subject: 'In confidence - family at risk',
        text: 'Sam,\n\nIn confidence, please: a family on Mill Lane is at risk of eviction. Could Housing Options call them today?\n\nAlice',
      },
    },
    {
      name: 'the only "confidential" is the standard disclaimer footer',
      message: {
        from: OFFICER,
        to: [CLLR_A],
        cc: [CLLR_B],
        kind: 'reply',
        subject: 'RE: Street lighting',
        text:
          'Dear Alice,\n\nThe column on Fernhill Road will be repaired next week. I have copied in Cllr Cole as ward member.\n\nSam' +
          FOOTER +
          quoted(CLLR_A, OFFICER, 'Street lighting', 'Sam, when will the light be fixed?\nAlice' + FOOTER),
      },
    },
    {
      name: 'replying to the same councillor who marked it confidential adds no one',
      message: {
        from: OFFICER,
        to: [CLLR_A],
        kind: 'reply',
        subject: 'RE: Depot site - in confidence',
        text: 'Alice,\n\nNo decision has been taken on the depot.\n\nSam' + quoted(CLLR_A, OFFICER, 'Depot site - in confidence', 'Sam, in confidence please: is the depot being sold?\nAlice'),
      },
    },
    {
      name: 'the records mailbox is not an outsider',
      message: {
        from: OFFICER,
        to: [CLLR_A],
        bcc: ['Casework <casework@northdown.gov.uk>'],
        kind: 'reply',
        subject: 'RE: Safeguarding concern',
        text: 'Alice,\n\nThe referral has been made.\n\nSam' + quoted(CLLR_A, OFFICER, 'Safeguarding concern', 'Sam, please treat this as confidential: an elderly neighbour needs help.\nAlice'),
      },
    },
    {
      name: 'a confidentiality marking that is negated does not count',
      message: {
        from: OFFICER,
        to: [CLLR_A],
        cc: [CLLR_B],
        kind: 'reply',
        subject: 'RE: Playground refurbishment',
        text:
          'Alice,\n\nThis is not confidential, so I have copied in Cllr Cole, whose ward it is.\n\nSam' +
          quoted(CLLR_A, OFFICER, 'Playground refurbishment', 'Sam, when will the playground reopen?\nAlice'),
      },
    },
    {
      name: 'a reference to the confidential waste service is not a marking',
      message: {
        from: OFFICER,
        to: [CLLR_A],
        cc: [CLLR_B],
        kind: 'reply',
        subject: 'RE: Shredding',
        text:
          'Alice,\n\nThe confidential waste collection for ward surgeries runs on Fridays; I have copied Cllr Cole as he asked too.\n\nSam' +
          quoted(CLLR_A, OFFICER, 'Shredding', 'Sam, how do I get rid of old casework papers?\nAlice'),
      },
    },
  ],
  invalid: [
    {
      name: 'quoted councillor asked for discretion; officer adds another councillor',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Alice,\n\nHousing will visit tomorrow. I have copied Cllr Cole.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Family on Ash Row\n\nNadia,\n\nI am sharing this in strict confidence: the family at 3 Ash Row are in debt.\n\nAlice',
      },
      evidence: 'Brian Cole',
    },
    {
      name: '"please don\'t pass this on" in the history; a resident is added',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Pat Quinn <pat.quinn@example.org>'],
        kind: 'reply',
        text: 'Alice,\n\nAdding Mr Quinn so he can follow up.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Family on Ash Row\n\nNadia,\n\nPlease don\'t pass this on, but the family at 3 Ash Row are in debt.\n\nAlice',
      },
      evidence: 'pat.quinn',
    },
    {
      name: 'marked "private and confidential" and forwarded to the press',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Newsroom <desk@valley-echo.example>'],
        kind: 'forward',
        text: 'Please see below.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Family on Ash Row\n\nNadia,\n\nPRIVATE AND CONFIDENTIAL\nThe depot sale is being negotiated.\n\nAlice',
      },
      evidence: 'Newsroom',
    },
    {
      name: 'the new text itself marks it confidential and adds an outsider',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Pat Quinn <pat.quinn@example.org>'],
        kind: 'reply',
        text: 'Alice,\n\nConfidential: the landlord has been served notice.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Landlord\n\nAny news on the landlord?',
      },
      evidence: 'pat.quinn',
    },
    {
      name: '"not for onward circulation" in a wrote-style thread',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Alice,\n\nThanks, noted.\n\nNadia\n\nOn Fri, 6 Feb 2026 at 15:20, Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk> wrote:\n> Nadia - not for onward circulation: the school may close in July.\n> Alice',
      },
      evidence: 'Brian Cole',
    },
    {
      name: 'notation does not cure a confidential copy',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Alice,\n\ncc Cllr Brian Cole\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Family on Ash Row\n\nNadia,\n\nThis is confidential - the tenant has asked me not to tell anyone.\n\nAlice',
      },
      evidence: 'Brian Cole',
    },
    {
      name: 'a councillor forwards a briefing marked not for wider circulation to a journalist',
      message: {
        from: CLLR_A,
        to: [PRESS],
        kind: 'forward',
        subject: 'FW: Leisure centre contract',
        text:
          'Thought you would be interested in the below.\n\nAlice' +
          quoted(OFFICER, `${CLLR_A}; ${CLLR_B}`, 'Leisure centre contract', 'Confidential - not for wider circulation\n\nDear both, the operator has given notice to end its contract early.\n\nSam'),
      },
      evidence: 'news@northdown-gazette.co.uk',
    },
    {
      name: 'a confidential exchange forwarded to the all-councillors list',
      message: {
        from: OFFICER_2,
        to: [LIST],
        kind: 'forward',
        subject: 'FW: Depot site',
        text: 'Dear all,\n\nFor information, see the exchange below.\n\nPriya' + quoted(CLLR_A, OFFICER, 'Depot site', 'Sam, in confidence please - I would rather this was not shared more widely.\nAlice'),
      },
      evidence: 'all.councillors@northdown.gov.uk',
    },
    {
      name: 'the new text itself marks the matter confidential and Bccs an outside address',
      message: {
        from: OFFICER,
        to: [CLLR_A],
        bcc: ['Pat Jones <pat.jones@example.com>'],
        kind: 'reply',
        subject: 'RE: Staffing at the depot',
        text: 'Alice,\n\nStrictly confidential: the depot will close in March.\n\nSam' + quoted(CLLR_A, OFFICER, 'Staffing at the depot', 'Sam, what is happening at the depot?\nAlice'),
      },
      evidence: 'pat.jones@example.com',
    },
    {
      name: 'a council\'s own marking phrase from its policy',
      policy: { extraTerms: { [ID]: ['members only'] } },
      message: {
        from: OFFICER,
        to: [CLLR_A],
        cc: [PRESS],
        kind: 'reply',
        subject: 'RE: Budget options',
        text: 'Alice,\n\nThe options paper is attached.\n\nSam' + quoted(CLLR_A, OFFICER, 'Budget options', 'Sam, members only: can I see the savings options?\nAlice'),
      },
      evidence: 'news@northdown-gazette.co.uk',
    },
  ],
}));
