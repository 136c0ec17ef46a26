import { defineCases, defineRule } from '../define-rule';
import type { Fix } from '../model/fix';
import { describeParty, isCouncillorLike, toAddress, type Party } from '../model/party';
import type { CheckContext } from '../model/context';
import { MARK_HUGHES as OFFICER, SUE_GRANT as MANAGER, ALICE_BROWN as BROWN, BRIAN_COLE as COLE, CAROL_DAVIES as CAROL, LISA_BARNES as RESIDENT, TOM_PRICE as RESIDENT_2, CASEWORK as RECORDS, ALL_COUNCILLORS as LIST } from './example-people';

const ID = 'bcc-use';
/** Evidence lists at most this many recipients by name; a mail-out's tail is counted. */
const EVIDENCE_NAMES = 3;

/** Every address that reaches the sender: the From address, and the directory entry's address and aliases. */
function senderAddresses(sender: Party | undefined): Set<string> {
  const own = new Set<string>();
  if (!sender) return own;
  if (sender.email) own.add(sender.email.toLowerCase());
  const entry = sender.councillor;
  if (entry?.email) own.add(entry.email.toLowerCase());
  for (const alias of entry?.aliases ?? []) own.add(alias.toLowerCase());
  return own;
}

/** Bcc recipients that are neither the sender (under any of their addresses) nor a records mailbox. */
function silentCopies(ctx: CheckContext): Party[] {
  const { sender, bcc } = ctx.parties;
  const own = senderAddresses(sender);
  const records = new Set(ctx.policy.recordAddresses);
  return bcc.filter((p) => {
    const email = p.email?.toLowerCase();
    if (email && (own.has(email) || records.has(email))) return false;
    return !(sender && p.key === sender.key);
  });
}

function listParties(parties: readonly Party[]): string {
  const shown = parties.slice(0, EVIDENCE_NAMES).map(describeParty);
  const rest = parties.length - shown.length;
  return rest > 0 ? `${shown.join(', ')} and ${rest} more` : shown.join(', ');
}

function message(silent: readonly Party[], ctx: CheckContext): string {
  const who = silent.length === 1 ? (silent[0].name ?? silent[0].email ?? 'One recipient') : `${silent.length} recipients`;
  const verb = silent.length === 1 ? 'is' : 'are';
  // Residents hidden on a message to councillors: Cc would expose their addresses, so advise a separate message.
  if (silent.every((p) => p.role === 'external') && ctx.parties.visible.some(isCouncillorLike)) {
    return `${who} ${verb} hidden in Bcc on a message that councillors receive; the protocol does not allow silent copies, so write to them in a separate message instead.`;
  }
  return `${who} ${verb} copied in silently (Bcc) on correspondence involving a councillor; the protocol does not allow silent copies, so copy them openly in Cc or take them off.`;
}

function fixes(silent: readonly Party[]): Fix[] {
  const out: Fix[] = [];
  // Moving several residents to Cc would show each of them the others' addresses.
  if (silent.filter((p) => p.role === 'external').length < 2) {
    out.push({ kind: 'move-bcc-to-cc', label: silent.length === 1 ? 'Move to Cc' : 'Move them to Cc', recipients: silent.map(toAddress) });
  }
  for (const p of silent) {
    out.push({ kind: 'remove-recipient', label: `Remove ${p.name ?? p.email ?? 'recipient'} from Bcc`, field: 'bcc', recipient: toAddress(p) });
  }
  return out;
}

export const bccUse = defineRule({
  id: ID,
  summary:
    'Council correspondence should not carry silent copies: everyone who receives a message between councillors and officers should be visible to the other recipients. Copies to your own address or to the council’s records mailbox are fine.',
  citations: {
    woking: { severity: 'error', clause: '11.3' },
    runnymede: { severity: 'warning', clause: '3.6' },
    rushcliffe: { severity: 'warning', clause: 'Confidentiality' },
    harlow: { severity: 'warning', clause: '7.1' },
    bursledon: { severity: 'warning', clause: '3.1(j)' },
    model: { severity: 'warning' },
  },
  fixable: ['move-bcc-to-cc', 'remove-recipient'],
  check(ctx) {
    if (ctx.parties.bcc.length === 0 || !ctx.parties.councilCorrespondence) return [];
    const silent = silentCopies(ctx);
    if (silent.length === 0) return [];
    return [{ message: message(silent, ctx), evidence: listParties(silent), fixes: fixes(silent) }];
  },
});

/**
 * Examples that double as tests and docs: `valid` must not fire, `invalid` must. A separate export,
 * and a function, so the add-in and CLI bundles drop them (see defineCases).
 */
export const cases = /* @__PURE__ */ defineCases(() => ({
  valid: [
    {
      name: 'Bcc is the councillor\'s own private alias in different case',
      message: {
        from: 'Carol Davies <carol.davies@members.northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        bcc: ['CAROL.D.HOME@EXAMPLE.NET'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
    },
    {
      name: 'Bcc is the sender\'s own council address',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        bcc: ['cllr.alice.brown@northdown.gov.uk'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
    },
    {
      name: 'Bcc is the records mailbox only',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        bcc: ['Casework <casework@northdown.gov.uk>'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
    },
    {
      name: 'officer mail-out to residents with no councillor anywhere',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        bcc: ['Pat Quinn <pat.quinn@example.org>', 'Jo Lam <jo.lam@example.com>'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
    },
    {
      name: 'councillor and officer visible, nobody in Bcc',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Tom Reilly <tom.reilly@northdown.gov.uk>'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
    },
    {
      name: 'records mailbox written in capitals alongside own address',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        bcc: ['CASEWORK@NORTHDOWN.GOV.UK', 'nadia.okafor@northdown.gov.uk'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
    },
    {
      name: 'the officer Bccs their own address',
      message: { from: OFFICER, to: [BROWN], bcc: ['mark.hughes@northdown.gov.uk'], text: 'Dear Cllr Brown,\n\nThe skip has been removed.\n\nMark' },
    },
    {
      name: 'self-Bcc in a different case from the From address',
      message: { from: OFFICER, to: [BROWN], bcc: ['Mark.Hughes@Northdown.gov.uk'], text: 'Dear Cllr Brown,\n\nThe skip has been removed.\n\nMark' },
    },
    {
      name: 'a councillor Bccs her own private alias',
      message: { from: CAROL, to: [OFFICER], bcc: ['Carol <carol.d.home@example.net>'], text: 'Hi Mark,\n\nCould you tell me when the skip on Mill Lane will go?\n\nCarol' },
    },
    {
      name: 'the Bcc is the records mailbox',
      message: { from: OFFICER, to: [BROWN], bcc: [RECORDS], text: 'Dear Cllr Brown,\n\nThe pothole on Mill Lane was filled on Monday.\n\nMark' },
    },
    {
      name: 'own address and records mailbox together',
      message: { from: OFFICER, to: [BROWN], bcc: [RECORDS, 'mark.hughes@northdown.gov.uk'], text: 'Dear Cllr Brown,\n\nThe pothole on Mill Lane was filled on Monday.\n\nMark' },
    },
    {
      name: 'an officer mail-out to residents by Bcc with no councillor anywhere',
      message: { from: OFFICER, to: [OFFICER], bcc: [RESIDENT, RESIDENT_2], text: 'Dear resident,\n\nThe road will be closed for resurfacing on 3 March.\n\nHighways' },
    },
    {
      name: 'councillors visible in To and Cc, nobody in Bcc',
      message: { from: OFFICER, to: [BROWN], cc: [COLE, MANAGER], text: 'Dear Cllr Brown,\n\nI have copied in Cllr Cole.\n\nMark' },
    },
    {
      name: 'officer to officer with a colleague in Bcc is not council correspondence',
      message: { from: OFFICER, to: [MANAGER], bcc: ['Jo Lane <jo.lane@northdown.gov.uk>'], text: 'Sue,\n\nThe rota for March is attached.\n\nMark' },
    },
  ],
  invalid: [
    {
      name: 'councillor silently copies a resident',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        bcc: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
      evidence: 'pat.quinn@example.org',
    },
    {
      name: 'officer answering a councillor silently copies a colleague',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        bcc: ['Tom Reilly <tom.reilly@northdown.gov.uk>'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
      evidence: 'tom.reilly',
    },
    {
      name: 'officer writes to a resident and silently copies the ward member',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        bcc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
      evidence: 'cllr.brian.cole',
    },
    {
      name: 'officer Bccs residents while a councillor is visible',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        cc: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        bcc: ['Pat Quinn <pat.quinn@example.org>', 'Jo Lam <jo.lam@example.com>'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
    },
    {
      name: 'own address plus another person in Bcc',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        bcc: ['cllr.alice.brown@northdown.gov.uk', 'Jo Lam <jo.lam@example.com>'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
      evidence: 'jo.lam',
    },
    {
      name: 'a councillor list in Bcc',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Tom Reilly <tom.reilly@northdown.gov.uk>'],
        bcc: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'Hello,\n\nThe bin round for Orchard Close moves to Thursdays from next month.\n\nRegards',
      },
      evidence: 'all.councillors',
    },
    {
      name: 'an officer replying to a councillor Bccs their manager',
      message: { from: OFFICER, to: [BROWN], bcc: [MANAGER], kind: 'reply', subject: 'RE: Skip on Mill Lane', text: 'Dear Cllr Brown,\n\nThe skip has been removed.\n\nMark' },
      evidence: 'Sue Grant <sue.grant@northdown.gov.uk>',
    },
    {
      name: 'a councillor silently copies a fellow councillor',
      message: { from: BROWN, to: [OFFICER], bcc: [COLE], text: 'Hi Mark,\n\nCould you let me know when the skip on Mill Lane will be removed?\n\nAlice' },
      evidence: 'cllr.brian.cole@northdown.gov.uk',
    },
    {
      name: 'a councillor Bccs the resident who complained',
      message: { from: COLE, to: [OFFICER], bcc: [RESIDENT], text: 'Mark,\n\nA resident tells me the skip on Mill Lane has been there a month. Can it go?\n\nBrian' },
      evidence: 'Lisa Barnes <lisa.barnes@example.com>',
    },
    {
      name: 'an officer writes to a resident and silently copies the ward councillor',
      message: { from: OFFICER, to: [RESIDENT], bcc: [BROWN], text: 'Dear Ms Barnes,\n\nThe skip will be removed on Friday.\n\nMark Hughes' },
      evidence: 'cllr.alice.brown@northdown.gov.uk',
    },
    {
      name: 'residents in Bcc while councillors are visible: still a silent copy',
      message: { from: OFFICER, to: [OFFICER], cc: [BROWN, COLE], bcc: [RESIDENT, RESIDENT_2], text: 'Dear all,\n\nThe road will be closed for resurfacing on 3 March.\n\nHighways' },
      evidence: 'Tom Price <tom.price@example.org>',
    },
    {
      name: 'records mailbox is exempt but the other Bcc is not',
      message: { from: OFFICER, to: [BROWN], bcc: [RECORDS, MANAGER], text: 'Dear Cllr Brown,\n\nThe pothole was filled on Monday.\n\nMark' },
      evidence: 'sue.grant@northdown.gov.uk',
    },
    {
      name: 'own address is exempt but the fellow councillor is not',
      message: { from: CAROL, to: [OFFICER], bcc: ['carol.d.home@example.net', BROWN], text: 'Hi Mark,\n\nAny news on the skip?\n\nCarol' },
      evidence: 'Cllr Alice Brown',
    },
    {
      name: 'the councillor list in Bcc makes it council correspondence',
      message: { from: OFFICER, to: [OFFICER], bcc: [LIST], text: 'Sent to all councillors.\n\nThe members’ room is closed over Christmas.\n\nJoanne' },
      evidence: 'all.councillors@northdown.gov.uk',
    },
    {
      name: 'a councillor only in the quoted history still makes it council correspondence',
      message: {
        from: OFFICER,
        to: [RESIDENT],
        bcc: [MANAGER],
        kind: 'reply',
        subject: 'RE: Skip',
        text: 'Dear Ms Barnes,\n\nThe skip will go on Friday.\n\nMark\n\nFrom: Lisa Barnes <lisa.barnes@example.com>\nSent: 09 February 2026 09:00\nTo: Mark Hughes <mark.hughes@northdown.gov.uk>\nCc: Brown, Alice (Cllr)\nSubject: Skip\n\nWhen will the skip go?',
      },
      evidence: 'Sue Grant',
    },
  ],
}));
