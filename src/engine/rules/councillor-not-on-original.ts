import { defineCases, defineRule, type RuleHit } from '../define-rule';
import { findCopyNotations } from '../language/notation';
import type { RecipientField } from '../model/address';
import type { CheckContext } from '../model/context';
import type { Fix } from '../model/fix';
import { describeParty, isCouncillorLike, toAddress, type Party } from '../model/party';
import { normaliseName } from '../people';
import { MARK_HUGHES as OFFICER, ALICE_BROWN as BROWN, BRIAN_COLE as COLE, DEV_PATEL as PATEL, LISA_BARNES as RESIDENT } from './example-people';

const ID = 'councillor-not-on-original';

/** An Outlook reply to Cllr Brown's enquiry; the quoted header carries addresses. */
const BROWN_ENQUIRY =
  'From: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 09 February 2026 09:12\nTo: Mark Hughes <mark.hughes@northdown.gov.uk>\nSubject: Skip on Mill Lane\n\nHi Mark,\n\nCould you tell me when the skip on Mill Lane will be removed?\n\nAlice';
/** The same enquiry quoted with display names only, surname first, as Outlook sometimes writes it. */
const BROWN_ENQUIRY_NAMES_ONLY =
  '-----Original Message-----\nFrom: Brown, Alice (Cllr)\nSent: 09 February 2026 09:12\nTo: Hughes, Mark\nSubject: Skip on Mill Lane\n\nHi Mark,\n\nCould you tell me when the skip on Mill Lane will be removed?\n\nAlice';

const TITLE_WORDS = /^(?:cllrs?|councillors?)\b/i;
const TITLED = /\b(?:cllrs?|councillors?)\b/i;

/** "Alice Brown" from "Brown, Alice (Cllr)", "Cllr Alice Brown" or, with no name, "cllr.alice.brown@…". */
function personName(p: Party): string | undefined {
  if (p.councillor) return p.councillor.name;
  if (p.name) {
    const parts = p.name.replace(/\([^)]*\)/g, ' ').split(',');
    const flipped = parts.length === 2 && parts[0].trim() && parts[1].trim() ? `${parts[1]} ${parts[0]}` : p.name;
    const plain = flipped.replace(/["']/g, '').replace(/\s+/g, ' ').trim().replace(TITLE_WORDS, '').replace(/^\.?\s*/, '');
    if (plain) return plain;
  }
  const local = p.email?.split('@')[0].split(/[._-]+/).filter((w) => w && !TITLE_WORDS.test(w));
  if (local && local.length >= 2) return local.map((w) => w[0].toUpperCase() + w.slice(1)).join(' ');
  return undefined;
}

/** How to refer to a party in a message: "Cllr Alice Brown", or the list's name or address. */
function label(p: Party): string {
  if (p.role === 'councillor-list') return p.name ? `the ${p.name} list` : `the list ${p.email ?? ''}`.trim();
  const name = personName(p);
  return name ? `Cllr ${name}` : describeParty(p);
}

function joinNames(names: readonly string[]): string {
  return names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

/**
 * Whether a name as written ("Cllr Brown", "Alice Brown", "Councillor A. Brown") refers to this
 * person: first and last name agree (an initial stands for the first name), or a councillor's
 * title precedes the surname alone.
 */
function namesPerson(mention: string, fullName: string): boolean {
  const said = normaliseName(mention.replace(/\b(?:cllrs|councillors)\b/gi, ' ')).split(' ').filter(Boolean);
  const person = normaliseName(fullName).split(' ').filter(Boolean);
  if (said.length === 0 || person.length === 0) return false;
  const surname = person[person.length - 1];
  if (said[said.length - 1] !== surname) return false;
  if (said.length === 1) return TITLED.test(mention);
  const first = said[0];
  return first === person[0] || (first.length === 1 && person[0].startsWith(first));
}

/**
 * The same person or list: same directory entry or address, or (for people) names that agree, so a
 * quoted "Cllr Barnard" or "Brown, Alice (Cllr)" with no address still finds the councillor.
 */
function samePerson(a: Party, b: Party): boolean {
  if (a.key === b.key || (a.email && a.email === b.email)) return true;
  if (a.role === 'councillor-list' || b.role === 'councillor-list') return false;
  const fullA = personName(a);
  const fullB = personName(b);
  if (!fullA || !fullB) return false;
  return namesPerson(a.name ?? fullA, fullB) || namesPerson(b.name ?? fullB, fullA);
}

interface Added {
  readonly party: Party;
  readonly field: RecipientField;
}

/** Councillors and councillor lists on this message who took no part in the original correspondence. */
function addedCouncillors(ctx: CheckContext, original: readonly Party[]): Added[] {
  const { to, cc, bcc } = ctx.parties;
  const out: Added[] = [];
  const fields: [RecipientField, readonly Party[]][] = [['to', to], ['cc', cc], ['bcc', bcc]];
  for (const [field, parties] of fields) {
    for (const p of parties) {
      if (!isCouncillorLike(p)) continue;
      if (original.some((o) => samePerson(o, p))) continue;
      if (out.some((a) => samePerson(a.party, p))) continue;
      out.push({ party: p, field });
    }
  }
  return out;
}

/** Whether a notation in the new text names this councillor. */
function isNamed(p: Party, mentions: readonly string[]): boolean {
  const names = [personName(p), p.name].filter((n): n is string => Boolean(n));
  return mentions.some((m) => names.some((n) => namesPerson(m, n)));
}

function hitFor(added: Added, originalCouncillors: readonly Party[], missing: readonly Party[], mentions: readonly string[]): RuleHit {
  const p = added.party;
  const who = label(p);
  const originals = joinNames(originalCouncillors.map(label));
  const remove: Fix = { kind: 'remove-recipient', label: `Remove ${who}`, field: added.field, recipient: toAddress(p) };
  const evidence = describeParty(p);

  if (p.role === 'councillor-list') {
    return {
      message: `This copies correspondence with ${originals} to ${who}, whose councillors were not part of it; a note in the text cannot put that right, so send it only to those already involved.`,
      evidence,
      fixes: [remove],
    };
  }
  const named = isNamed(p, mentions);
  if (missing.length > 0) {
    const dropped = joinNames(missing.map(label));
    return {
      message: named
        ? `You tell readers that ${who} has been copied in, but ${dropped} from the original correspondence is no longer on the message and will not see that note, so keep ${missing.length === 1 ? 'them' : 'them all'} in To or Cc.`
        : `${who} was not part of the original correspondence with ${originals}, and ${dropped} ${missing.length === 1 ? 'is' : 'are'} no longer on the message to be told; keep the original councillor in To or Cc and say that ${who} has been copied in, or remove ${who}.`,
      evidence,
      fixes: [remove],
    };
  }
  if (named) {
    return {
      message: `${who} has been added to correspondence with ${originals}, and the text says so, which is what the protocol asks.`,
      evidence,
      downgradeToInfo: true,
    };
  }
  const notation = `I have copied in ${who}.`;
  return {
    message: `${who} was not part of the original correspondence with ${originals}; before copying a councillor's correspondence to another councillor, say so in the text so ${originals} can see it.`,
    evidence,
    fixes: [{ kind: 'insert-notation', label: `Say that ${who} has been copied in`, text: notation }, remove],
  };
}

export const councillorNotOnOriginal = defineRule({
  id: ID,
  summary:
    'An officer should not pass a councillor’s correspondence on to other councillors. Where copying another councillor in is needed, the original councillor should stay on the message and the text should say who has been copied; copying to a councillor distribution list is never put right that way.',
  citations: {
    woking: { severity: 'error', clause: '11.1–11.2' },
    runnymede: { severity: 'warning', clause: '3.6' },
    rushcliffe: { severity: 'warning', clause: 'Confidentiality' },
    harlow: { severity: 'warning', clause: '7.1' },
    bursledon: { severity: 'warning', clause: '3.1(j)' },
    model: { severity: 'warning' },
  },
  fixable: ['remove-recipient', 'insert-notation'],
  check(ctx) {
    const { sender, original, visible } = ctx.parties;
    if (sender?.role !== 'officer' || !ctx.isReplyOrForward) return [];
    // A councillor's correspondence: a list alone on the original (a bulletin) is not one.
    const originalCouncillors = original.filter((p) => p.role === 'councillor');
    if (originalCouncillors.length === 0) return [];
    const added = addedCouncillors(ctx, original);
    if (added.length === 0) return [];
    const missing = originalCouncillors.filter((o) => !visible.some((v) => samePerson(o, v)));
    const mentions = findCopyNotations(ctx.thread.newText, ctx.policy.extraTerms[ID]).flatMap((n) => n.names);
    return added.map((a) => hitFor(a, originalCouncillors, missing, mentions));
  },
});

/**
 * Examples that double as tests and docs: `valid` must not fire, `invalid` must. A separate export,
 * and a function, so the add-in and CLI bundles drop them (see defineCases).
 */
export const cases = /* @__PURE__ */ defineCases(() => ({
  valid: [
    {
      name: 'notation "I\'ve looped in Councillor Cole" with the original councillor kept',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Dear Alice,\n\nThe gully crew cleared the drain this morning. I\'ve looped in Councillor Cole, as the drain sits on the ward boundary.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Flooding on Brook Lane\n\nNadia,\n\nThe drain outside number 9 has overflowed again. Can someone clear it?\n\nAlice',
      },
    },
    {
      name: 'notation "copying Cllr Cole for information"',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>', 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Dear Alice,\n\nThe gully crew cleared the drain this morning. Copying Cllr Cole for information.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Flooding on Brook Lane\n\nNadia,\n\nThe drain outside number 9 has overflowed again. Can someone clear it?\n\nAlice',
      },
    },
    {
      name: 'notation as a cc line naming the added councillor',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Dear Alice,\n\nThe gully crew cleared the drain this morning.\n\ncc: Cllr Brian Cole\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Flooding on Brook Lane\n\nNadia,\n\nThe drain outside number 9 has overflowed again. Can someone clear it?\n\nAlice',
      },
    },
    {
      name: 'only an officer colleague is added',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Tom Reilly <tom.reilly@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Dear Alice,\n\nThe gully crew cleared the drain this morning.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Flooding on Brook Lane\n\nNadia,\n\nThe drain outside number 9 has overflowed again. Can someone clear it?\n\nAlice',
      },
    },
    {
      name: 'a councillor replying adds another councillor (sender is not an officer)',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Thanks Nadia, copying Brian.\n\nAlice\n\nOn Fri, 6 Feb 2026 at 15:20, Nadia Okafor <nadia.okafor@northdown.gov.uk> wrote:\n> The drain has been cleared.',
      },
    },
    {
      name: 'a new message (no original correspondence) to two councillors',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>', 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'new',
        text: 'Dear both,\n\nThe ward budget report is attached.\n\nNadia',
      },
    },
    {
      name: 'reply on a resident-only thread adding a councillor is not this rule',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Dear Pat,\n\nThe drain is clear.\n\nNadia\n\n-----Original Message-----\nFrom: Pat Quinn <pat.quinn@example.org>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Drain\n\nPlease clear the drain.',
      },
    },
    {
      name: 'a reply that copies in another councillor with a notation naming her, original councillor kept',
      message: { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', subject: 'RE: Skip on Mill Lane', text: `Dear Cllr Brown,\n\nThe skip goes on Friday. I have copied in Cllr Cole as the lane is on the ward boundary.\n\nMark\n\n${BROWN_ENQUIRY}` },
    },
    {
      name: '"cc Cllr Cole" as a line on its own cures the copy',
      message: { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', subject: 'RE: Skip on Mill Lane', text: `Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark\n\ncc Cllr Cole\n\n${BROWN_ENQUIRY}` },
    },
    {
      name: 'a passive notation names both added councillors in full',
      message: {
        from: OFFICER,
        to: [BROWN],
        cc: [COLE, PATEL],
        kind: 'reply',
        subject: 'RE: Skip on Mill Lane',
        text: `Dear Cllr Brown,\n\nThe skip goes on Friday. Brian Cole and Dev Patel are copied in as the lane borders their wards.\n\nMark\n\n${BROWN_ENQUIRY}`,
      },
    },
    {
      name: 'the added councillor was already on the original correspondence',
      message: {
        from: OFFICER,
        to: [BROWN],
        cc: [COLE],
        kind: 'reply',
        subject: 'RE: Skip',
        text: 'Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark\n\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 09 February 2026 09:12\nTo: Mark Hughes <mark.hughes@northdown.gov.uk>\nCc: Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>\nSubject: Skip\n\nWhen will the skip go?',
      },
    },
    {
      name: 'quoted names-only header "Brown, Alice (Cllr)" matches the councillor replied to',
      message: { from: OFFICER, to: [BROWN], kind: 'reply', subject: 'RE: Skip on Mill Lane', text: `Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark\n\n${BROWN_ENQUIRY_NAMES_ONLY}` },
    },
    {
      name: 'recipients Outlook pre-filled include the councillor now in Cc',
      message: {
        from: OFFICER,
        to: [BROWN],
        cc: [COLE],
        kind: 'reply',
        subject: 'RE: Skip',
        text: 'Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark',
        originalParticipants: [BROWN, COLE],
      },
    },
    {
      name: 'a brand-new message to two councillors has no original correspondence',
      message: { from: OFFICER, to: [BROWN, COLE], kind: 'new', subject: 'Skip on Mill Lane', text: 'Dear Councillors,\n\nThe skip on Mill Lane goes on Friday.\n\nMark' },
    },
    {
      name: 'a councillor sender adding a colleague is not an officer copying correspondence',
      message: { from: BROWN, to: [OFFICER], cc: [COLE], kind: 'reply', subject: 'RE: Skip', text: 'Mark,\n\nThanks. Brian, see below.\n\nAlice\n\nFrom: Mark Hughes <mark.hughes@northdown.gov.uk>\nSent: 09 February 2026 11:00\nTo: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSubject: Skip\n\nThe skip goes on Friday.' },
    },
    {
      name: 'an officer reply to a resident that copies in the ward councillor: no councillor on the original',
      message: {
        from: OFFICER,
        to: [RESIDENT],
        cc: [BROWN],
        kind: 'reply',
        subject: 'RE: Skip',
        text: 'Dear Ms Barnes,\n\nThe skip goes on Friday.\n\nMark\n\nFrom: Lisa Barnes <lisa.barnes@example.com>\nSent: 09 February 2026 09:00\nTo: Mark Hughes <mark.hughes@northdown.gov.uk>\nSubject: Skip\n\nWhen will the skip go?',
      },
    },
    {
      name: 'a records mailbox in Bcc is not a councillor, even when its address looks like one',
      policy: { recordAddresses: ['councillor.casework@northdown.gov.uk'] },
      message: { from: OFFICER, to: [BROWN], bcc: ['Councillor Casework <councillor.casework@northdown.gov.uk>'], kind: 'reply', subject: 'RE: Skip on Mill Lane', text: `Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark\n\n${BROWN_ENQUIRY}` },
    },
    {
      name: 'a forward to another officer only adds no councillor',
      message: { from: OFFICER, to: ['Sue Grant <sue.grant@northdown.gov.uk>'], kind: 'forward', subject: 'FW: Skip on Mill Lane', text: `Sue, can you pick this up?\n\nMark\n\n${BROWN_ENQUIRY}` },
    },
  ],
  invalid: [
    {
      name: 'officer quietly adds another councillor to the reply',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Dear Alice,\n\nThe gully crew cleared the drain this morning.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Flooding on Brook Lane\n\nNadia,\n\nThe drain outside number 9 has overflowed again. Can someone clear it?\n\nAlice',
      },
      evidence: 'Brian Cole',
    },
    {
      name: 'the added councillor is a distribution list, even with a notation',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['All Councillors <all.councillors@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Dear Alice,\n\nThe gully crew cleared the drain this morning. I have copied all councillors in.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Flooding on Brook Lane\n\nNadia,\n\nThe drain outside number 9 has overflowed again. Can someone clear it?\n\nAlice',
      },
      evidence: 'all.councillors',
    },
    {
      name: 'notation present but the original councillor has been dropped',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'forward',
        text: 'Brian,\n\nForwarding for information; I have copied in Cllr Cole.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Flooding on Brook Lane\n\nNadia,\n\nThe drain outside number 9 has overflowed again. Can someone clear it?\n\nAlice',
      },
    },
    {
      name: 'notation names someone other than the added councillor',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        cc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>', 'Carol Davies <carol.davies@members.northdown.gov.uk>'],
        kind: 'reply',
        text: 'Dear Alice,\n\nThe gully crew cleared the drain this morning. cc Cllr Cole\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Flooding on Brook Lane\n\nNadia,\n\nThe drain outside number 9 has overflowed again. Can someone clear it?\n\nAlice',
      },
      evidence: 'Carol Davies',
    },
    {
      name: 'forward of a councillor\'s message to a different councillor',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Carol Davies <carol.davies@members.northdown.gov.uk>'],
        kind: 'forward',
        text: 'Carol,\n\nSee below, for your awareness.\n\nNadia\n\n-----Original Message-----\nFrom: Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>\nSent: 06 February 2026 15:20\nTo: Nadia Okafor <nadia.okafor@northdown.gov.uk>\nSubject: Flooding on Brook Lane\n\nNadia,\n\nThe drain outside number 9 has overflowed again. Can someone clear it?\n\nAlice',
      },
      evidence: 'Carol Davies',
    },
    {
      name: 'added councillor hidden in Bcc on a wrote-style thread',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>'],
        bcc: ['Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>'],
        kind: 'reply',
        text: 'Alice,\n\nDone.\n\nNadia\n\nOn Fri, 6 Feb 2026 at 15:20, Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk> wrote:\n> Nadia, could the bench be repaired?\n> Alice',
      },
      evidence: 'Brian Cole',
    },
    {
      name: 'a reply adds another councillor in Cc with no notation',
      message: { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', subject: 'RE: Skip on Mill Lane', text: `Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark\n\n${BROWN_ENQUIRY}` },
      evidence: 'cllr.brian.cole@northdown.gov.uk',
    },
    {
      name: 'a forward to another councillor drops the original councillor',
      message: { from: OFFICER, to: [COLE], kind: 'forward', subject: 'FW: Skip on Mill Lane', text: `Cllr Cole,\n\nFor your information, see Cllr Brown's question below.\n\nMark\n\n${BROWN_ENQUIRY}` },
      evidence: 'Cllr Brian Cole',
    },
    {
      name: 'the notation names one added councillor but not the other',
      message: { from: OFFICER, to: [BROWN], cc: [COLE, PATEL], kind: 'reply', subject: 'RE: Skip on Mill Lane', text: `Dear Cllr Brown,\n\nThe skip goes on Friday. I have copied in Cllr Cole.\n\nMark\n\n${BROWN_ENQUIRY}` },
      evidence: 'cllr.dev.patel@northdown.gov.uk',
    },
    {
      name: 'a silent Bcc to another councillor on a reply',
      message: { from: OFFICER, to: [BROWN], bcc: [PATEL], kind: 'reply', subject: 'RE: Skip on Mill Lane', text: `Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark\n\n${BROWN_ENQUIRY}` },
      evidence: 'Cllr Dev Patel',
    },
    {
      name: 'the original councillor quoted by name only and the reply adds another',
      message: { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', subject: 'RE: Skip on Mill Lane', text: `Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark\n\n${BROWN_ENQUIRY_NAMES_ONLY}` },
      evidence: 'cllr.brian.cole@northdown.gov.uk',
    },
    {
      name: 'pre-filled original recipients with no quoted history',
      message: { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', subject: 'RE: Skip', text: 'Dear Cllr Brown,\n\nThe skip goes on Friday.\n\nMark', originalParticipants: [BROWN] },
      evidence: 'Cllr Brian Cole',
    },
    {
      name: 'a notation naming someone else does not cure',
      message: { from: OFFICER, to: [BROWN], cc: [COLE], kind: 'reply', subject: 'RE: Skip on Mill Lane', text: `Dear Cllr Brown,\n\nThe skip goes on Friday. I have copied in Sue Grant, our waste manager.\n\nMark\n\n${BROWN_ENQUIRY}` },
      evidence: 'cllr.brian.cole@northdown.gov.uk',
    },
    {
      name: 'a resident’s councillor on the original, a different councillor added by the officer',
      message: {
        from: OFFICER,
        to: [RESIDENT],
        cc: [COLE],
        kind: 'reply',
        subject: 'RE: Skip',
        text: 'Dear Ms Barnes,\n\nThe skip goes on Friday. I have copied in Councillor Brian Cole.\n\nMark\n\n-----Original Message-----\nFrom: Lisa Barnes [mailto:lisa.barnes@example.com]\nSent: 09 February 2026 09:00\nTo: Waste Services\nCc: Cllr Alice Brown\nSubject: Skip\n\nWhen will the skip go?',
      },
      evidence: 'Cllr Brian Cole',
    },
  ],
}));
