import { defineCases, defineRule } from '../define-rule';
import { findCapacityStatement } from '../language/capacity';
import { findSignOff } from '../language/sign-off';
import type { Fix } from '../model/fix';
import { describeParty, type Party } from '../model/party';
import { ERIN_EVANS as COUNCILLOR, LISA_BARNES as RESIDENT } from './example-people';

const ID = 'ward-capacity-unstated';

function capacityFixes(sender: Party, newText: string): Fix[] {
  const ward = sender.councillor?.ward;
  const line = ward ? `I am writing as ward councillor for ${ward}.` : 'I am writing as a ward councillor.';
  const fixes: Fix[] = [{ kind: 'insert-notation', label: 'Say in what capacity you write', text: line }];
  const name = findSignOff(newText)?.name;
  if (name && ward) {
    fixes.push({ kind: 're-sign', label: 'Add your ward to the sign-off', signOff: name, replacement: `${name}\nWard Councillor for ${ward}` });
  }
  return fixes;
}

export const wardCapacityUnstated = defineRule({
  id: ID,
  summary:
    'A councillor writing to residents or other outside recipients should make clear the capacity they write in (for example as ward councillor, or as Leader), so the letter is not mistaken for the Council’s own position.',
  citations: {
    woking: { severity: 'off' },
    runnymede: { severity: 'off' },
    rushcliffe: { severity: 'off' },
    harlow: { severity: 'warning', clause: '7.3' },
    bursledon: { severity: 'off' },
    model: { severity: 'info' },
  },
  fixable: ['insert-notation', 're-sign'],
  check(ctx) {
    const { sender, to, cc, bcc } = ctx.parties;
    if (sender?.role !== 'councillor') return [];
    const external = [...to, ...cc, ...bcc].find((p) => p.role === 'external');
    if (!external) return [];
    if (findCapacityStatement(ctx.thread.newText, ctx.policy.extraTerms[ID])) return [];
    return [
      {
        message: 'You write to someone outside the Council without saying in what capacity; add a line such as "I am writing as ward councillor for …" or a role in your sign-off.',
        evidence: describeParty(external),
        fixes: capacityFixes(sender, ctx.thread.newText),
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
      name: '"in my role as ward councillor for"',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nI am writing in my role as ward councillor for Westmoor. Thank you for your note about the overgrown hedge; I have asked for it to be inspected.\n\nRegards,\nBrian Cole',
      },
    },
    {
      name: 'sign-off "Councillor for Westmoor ward"',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThank you for your note about the overgrown hedge; I have asked for it to be inspected.\n\nKind regards,\n\nBrian Cole\nCouncillor for Westmoor ward',
      },
    },
    {
      name: '"As Cabinet Member for Environment"',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nAs Cabinet Member for Environment, thank you for your note about the overgrown hedge; i have asked for it to be inspected.\n\nBrian',
      },
    },
    {
      name: 'sign-off "Leader of the Council"',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThank you for your note about the overgrown hedge; I have asked for it to be inspected.\n\nBest wishes,\n\nAlice Brown\nLeader of the Council',
      },
    },
    {
      name: 'a councillor writing to an officer only',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nThank you for your note about the overgrown hedge; I have asked for it to be inspected.\n\nBrian',
      },
    },
    {
      name: '"your local councillor for Riverside"',
      message: {
        from: 'Carol Davies <carol.davies@members.northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nI am your local councillor for Riverside. Thank you for your note about the overgrown hedge; I have asked for it to be inspected.\n\nCarol Davies',
      },
    },
    {
      name: 'sign-off "Cabinet Member for Housing"',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: [RESIDENT],
        text: 'Dear Lisa,\n\nI have asked the housing team to contact you this week.\n\nKind regards,\n\nBrian Cole\nCabinet Member for Housing',
      },
    },
    {
      name: 'writing only to officers',
      message: { from: COUNCILLOR, to: ['Sam Reid <sam.reid@northdown.gov.uk>'], text: 'Sam,\n\nCould you check the bins at Kingsmead Court?\n\nErin' },
    },
    {
      name: 'an officer writing to a resident',
      message: { from: 'Sam Reid <sam.reid@northdown.gov.uk>', to: [RESIDENT], text: 'Dear Ms Barnes,\n\nWe will collect the bins on Monday.\n\nSam Reid' },
    },
    {
      name: 'says plainly that she writes in a personal capacity',
      message: { from: COUNCILLOR, to: [RESIDENT], text: 'Dear Lisa,\n\nI am writing in a personal capacity as a neighbour about the shared hedge.\n\nErin' },
    },
  ],
  invalid: [
    {
      name: 'bare "Cllr" before the name',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThank you for your note about the overgrown hedge; I have asked for it to be inspected.\n\nRegards,\n\nCllr Brian Cole',
      },
      evidence: 'pat.quinn',
    },
    {
      name: 'just a first name',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThank you for your note about the overgrown hedge; I have asked for it to be inspected.\n\nBrian',
      },
      evidence: 'pat.quinn',
    },
    {
      name: 'mentions the ward without saying he represents it',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThe hedge is on the Westmoor side of the road. Thank you for your note about the overgrown hedge; I have asked for it to be inspected.\n\nThanks,\nBrian Cole',
      },
    },
    {
      name: 'mentions "councillors" generally',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nCouncillors have discussed hedges before. Thank you for your note about the overgrown hedge; I have asked for it to be inspected.\n\nBrian Cole',
      },
    },
    {
      name: 'council name only in the sign-off',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThank you for your note about the overgrown hedge; I have asked for it to be inspected.\n\nAlice Brown\nNorthdown District Council',
      },
    },
    {
      name: 'to a business, no capacity stated',
      message: {
        from: 'Carol Davies <carol.davies@members.northdown.gov.uk>',
        to: ['Shop <info@corner-shop.example>'],
        text: 'Hello,\n\nCould you move your A-board so wheelchair users can pass?\n\nCarol',
      },
    },
    {
      name: 'the bare title "Cllr" before the name is not a capacity',
      message: { from: COUNCILLOR, to: [RESIDENT], text: 'Dear Lisa,\n\nI have asked officers to look into the bin store.\n\nBest wishes,\n\nCllr Erin Evans' },
      evidence: 'lisa.barnes@example.com',
    },
    {
      name: 'first name only, no role',
      message: { from: COUNCILLOR, to: [RESIDENT], text: 'Hi Lisa,\n\nThanks for the photos, I have reported the fence.\n\nErin' },
      evidence: 'lisa.barnes@example.com',
    },
    {
      name: 'from a private alias to a resident',
      message: {
        from: 'Carol Davies <carol.d.home@example.net>',
        to: [RESIDENT],
        text: 'Hi Lisa,\n\nI walked past the hedge this morning and have reported it to grounds maintenance.\n\nBest wishes,\nCarol',
      },
      evidence: 'lisa.barnes@example.com',
    },
    {
      name: 'forwarding to a journalist without a capacity',
      message: { from: COUNCILLOR, to: ['News Desk <newsdesk@gazette.example.co.uk>'], kind: 'forward', text: 'Hi Sarah,\n\nThought you would be interested in the below. Happy to talk tomorrow.\n\nErin' },
      evidence: 'newsdesk@gazette.example.co.uk',
    },
    {
      name: 'the council footer after the signature separator is not a role',
      message: {
        from: COUNCILLOR,
        to: [RESIDENT],
        text: 'Dear Mr Hebden,\n\nI am sorry about the outcome.\n\nRegards,\nErin Evans\n--\nNorthdown District Council, Civic Offices, Market Square',
      },
      evidence: 'lisa.barnes@example.com',
    },
    {
      name: 'someone else\'s role reported in the body is not the writer\'s capacity',
      message: {
        from: COUNCILLOR,
        to: [RESIDENT],
        text: 'Dear Lisa,\n\nAs the Leader of the Council said at Cabinet, the pool will close in June.\n\nBest wishes,\nErin',
      },
      evidence: 'lisa.barnes@example.com',
    },
  ],
}));
