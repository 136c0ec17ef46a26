import { defineCases, defineRule, type RuleHit } from '../define-rule';
import { findCommitments, type Commitment } from '../language/obligations';
import { findSignOff, type SignOff } from '../language/sign-off';
import { readSigner, statesLeaderCapacity } from '../language/signer';
import { OBLIGATIONS_LEXICON } from '../language/lexicon/obligations';
import type { CheckContext } from '../model/context';
import type { Fix } from '../model/fix';
import type { CouncillorEntry } from '../model/policy';
import { BRIAN_COLE as CABINET, DEV_PATEL as DEPUTY, ERIN_EVANS as COUNCILLOR, SAM_OKORO as OFFICER, GRAHAM_PIKE as RESIDENT } from './example-people';

const ID = 'obligation-in-councillor-name';


/** Who the letter is sent as, when that is a councillor. */
interface InCouncillorName {
  readonly entry?: CouncillorEntry;
  /** The sign-off line or name that shows it. */
  readonly shownBy: string;
  readonly leader: boolean;
}

function sentInCouncillorName(ctx: CheckContext, signOff: SignOff | undefined): InCouncillorName | undefined {
  const { sender } = ctx.parties;
  const cues = signOff ? readSigner(signOff) : undefined;
  const signer = cues?.names.map((name) => ctx.resolve({ name })).find((p) => p.role === 'councillor');
  const entry = signer?.councillor ?? (sender?.role === 'councillor' ? sender.councillor : undefined);
  const bySender = sender?.role === 'councillor';
  if (!bySender && !signer && !cues?.councillorLine) return undefined;
  const roles = [...(entry?.roles ?? []), ...(sender?.councillor?.roles ?? [])];
  const leader =
    roles.some((r) => OBLIGATIONS_LEXICON.policyExplainerRoles.includes(r)) ||
    Boolean(cues?.leaderLine) ||
    statesLeaderCapacity(signOff ? ctx.thread.newText.slice(0, signOff.start) : ctx.thread.newText);
  const shownBy = bySender ? (sender?.name ?? sender?.email ?? 'the sender') : (cues?.councillorLine ?? signer?.name ?? 'the sign-off');
  return { entry, shownBy, leader };
}

/** The sign-off as written in the new text, from the valediction to its last line. */
function signOffText(newText: string, signOff: SignOff): string {
  let end = newText.indexOf('\n', signOff.start);
  if (end < 0) end = newText.length;
  let from = signOff.start;
  for (const line of signOff.lines) {
    const at = newText.indexOf(line, from);
    if (at < 0) break;
    end = at + line.length;
    from = end;
  }
  return newText.slice(signOff.start, end).trim();
}

function fixesFor(ctx: CheckContext, signOff: SignOff | undefined, first: Commitment): Fix[] {
  const fixes: Fix[] = [];
  if (signOff) {
    const valediction = signOff.valediction ?? 'Yours sincerely';
    fixes.push({
      kind: 're-sign',
      label: 'Send it in the name of the responsible officer',
      signOff: signOffText(ctx.thread.newText, signOff),
      replacement: `${valediction},\n[Officer name]\n[Job title], on behalf of ${ctx.policy.council}`,
    });
  }
  if (first.phrase && first.replacement) {
    fixes.push({
      kind: 'replace-phrase',
      label: first.kind === 'instruction' ? 'Make it your own request, not an instruction' : 'Soften the commitment',
      phrase: first.phrase,
      replacement: first.replacement,
    });
  }
  return fixes;
}

const MAX_EVIDENCE = 300;
const clip = (s: string) => (s.length > MAX_EVIDENCE ? `${s.slice(0, MAX_EVIDENCE - 1)}…` : s);

export const obligationInCouncillorName = defineRule({
  id: ID,
  summary:
    'Letters that bind the Council to an action or a payment, or that give instructions on its behalf, should go out in the name of the responsible officer rather than a councillor, including letters an officer drafts for a councillor to sign.',
  citations: {
    woking: { severity: 'error', clause: '11.4' },
    runnymede: { severity: 'warning', clause: '2.12' },
    rushcliffe: { severity: 'warning', clause: 'Roles of Councillors' },
    harlow: { severity: 'warning', clause: '7.2, 5.5' },
    bursledon: { severity: 'warning', clause: '2.2' },
    model: { severity: 'warning' },
  },
  fixable: ['re-sign', 'replace-phrase'],
  check(ctx) {
    // Cheap checks first: most messages never reach the language analysis.
    if (!ctx.parties.visible.some((p) => p.role === 'external')) return [];
    const newText = ctx.thread.newText;
    if (!newText.trim()) return [];
    const signOff = findSignOff(newText, { withoutValediction: true });
    const signedAs = sentInCouncillorName(ctx, signOff);
    if (!signedAs) return [];

    const body = signOff ? newText.slice(0, signOff.start) : newText;
    let found = findCommitments(body, { extraTerms: ctx.policy.extraTerms[ID], council: ctx.policy.council });
    // Harlow 7.2: the Leader and Deputy Leader may explain the policy behind a decision; what they
    // promise this reader (a sum, a date, "you", "your") or instruct is still an obligation.
    if (ctx.policy.protocol === 'harlow' && signedAs.leader) found = found.filter((c) => c.kind === 'instruction' || c.specific);
    if (found.length === 0) return [];

    const first = found[0];
    const more = found.length > 1 ? ` (and ${found.length - 1} more)` : '';
    const message =
      first.kind === 'instruction'
        ? `This gives an instruction on the Council's behalf ("${first.evidence}")${more} in a councillor's name; formal instructions and deadlines should come from the responsible officer.`
        : `This commits the Council ("${first.evidence}")${more} in a councillor's name; promises of action or payment should be made by the responsible officer, or worded as a request you have passed on.`;
    const hit: RuleHit = { message, evidence: clip(first.sentence), fixes: fixesFor(ctx, signOff, first) };
    return [hit];
  },
});

/**
 * Examples that double as tests and docs: `valid` must not fire, `invalid` must. A separate export,
 * and a function, so the add-in and CLI bundles drop them (see defineCases).
 */
export const cases = /* @__PURE__ */ defineCases(() => ({
  valid: [
    {
      name: 'passing it on to officers is the councillor\'s own advocacy',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nI have forwarded your complaint about the broken fence to the parks service and requested an inspection.\n\nBest wishes,\n\nCllr Brian Cole\nWard Councillor for Westmoor',
      },
    },
    {
      name: 'hedged: the Council may be able to help',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThe Council may be able to offer a contribution towards the repair, and I hope officers will be in touch soon.\n\nBest wishes,\n\nCllr Brian Cole\nWard Councillor for Westmoor',
      },
    },
    {
      name: 'procedural: the request will be considered by committee',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nYour request for a crossing will be considered by the highways panel in March, and I will press for it.\n\nBest wishes,\n\nCllr Brian Cole\nWard Councillor for Westmoor',
      },
    },
    {
      name: 'account of a decision already taken and why',
      message: {
        from: 'Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThe Council decided last year to close the toilets because the building was unsafe and repairs would have cost more than a new block.\n\nKind regards,\n\nCllr Dev Patel\nDeputy Leader',
      },
    },
    {
      name: 'a commitment in an officer\'s own name is not in a councillor\'s name',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThe Council will refund the £60 garden waste charge within ten working days.\n\nYours sincerely,\n\nNadia Okafor\nCustomer Services Manager',
      },
    },
    {
      name: 'a councillor telling an officer only (no external recipient)',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Nadia Okafor <nadia.okafor@northdown.gov.uk>'],
        text: 'Nadia,\n\nYou must have had a busy week. We will need to talk about the fence when you are free.\n\nBrian',
      },
    },
    {
      name: 'the councillor promises only their own actions',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nI will raise this at the next ward meeting and I will write to you again once I hear back.\n\nBest wishes,\n\nCllr Brian Cole\nWard Councillor for Westmoor',
      },
    },
    {
      name: "an officer's commitment in the officer's own name, with a councillor copied",
      message: {
        from: OFFICER,
        to: [RESIDENT],
        cc: [COUNCILLOR],
        text: 'Dear Mr Pike,\n\nThe Council will replace the extractor fan and treat the mould in the bedroom, starting on Monday 24 November.\n\nAs you copied your email to Cllr Evans, I have kept her copied in.\n\nYours sincerely,\n\nSam Okoro\nHead of Housing\nNorthdown District Council',
      },
    },
    {
      name: 'sympathy and polite requests are not instructions',
      message: {
        from: COUNCILLOR,
        to: [RESIDENT],
        text: 'Dear Mr Pike,\n\nYou must be so frustrated by the delays. Please send me a photograph of the damage and let me know if the problem continues.\n\nBest wishes,\nErin',
      },
    },
    {
      name: 'another council\'s work and a reported statement',
      message: {
        from: COUNCILLOR,
        to: [RESIDENT],
        text: 'Dear Mr Pike,\n\nThe County Council will resurface the main road in June. The highways team have told me the Council will repair the pavement afterwards.\n\nBest wishes,\nErin',
      },
    },
    {
      name: 'a negated and a hedged promise',
      message: {
        from: DEPUTY,
        to: [RESIDENT],
        text: 'Dear Mr Pike,\n\nI am afraid the Council will not be able to refund the fee. If funding allows, the Council might replace the play equipment next year.\n\nRegards,\nDev Patel',
      },
    },
  ],
  invalid: [
    {
      name: 'promise that the Council will reimburse a sum',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nI am pleased to say the Council will reimburse the £240 you paid for the tree surgeon.\n\nBest wishes,\n\nCllr Brian Cole\nWard Councillor for Westmoor',
      },
      evidence: 'reimburse',
    },
    {
      name: '"we will" meaning the Council, with a date',
      message: {
        from: 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nI can confirm we will replace the damaged railings outside your home by the end of March.\n\nRegards,\n\nCllr Alice Brown\nLeader of the Council',
      },
      evidence: 'replace',
    },
    {
      name: 'instruction with a compliance deadline',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Jo Lam <jo.lam@example.com>'],
        text: 'Dear Ms Lam,\n\nYou are required to remove the caravan from the verge within 14 days.\n\nCllr Brian Cole',
      },
      evidence: 'required',
    },
    {
      name: 'threat of consequences for failure to comply',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Jo Lam <jo.lam@example.com>'],
        text: 'Dear Ms Lam,\n\nThe hedge must be cut back from the footpath. Failure to do so will lead to the Council doing the work and recharging you.\n\nCllr Brian Cole',
      },
      evidence: 'Failure',
    },
    {
      name: 'the Council undertakes to do something',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThe Council undertakes to resurface the path before the summer.\n\nBest wishes,\n\nCllr Brian Cole\nWard Councillor for Westmoor',
      },
      evidence: 'undertakes',
    },
    {
      name: 'an officer drafts a promise for the Leader\'s signature',
      message: {
        from: 'Nadia Okafor <nadia.okafor@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThe Council will waive the late payment charge on your account.\n\nYours sincerely,\n\nCllr Alice Brown\nLeader of the Council',
      },
      evidence: 'waive',
    },
    {
      name: 'direct order to a business',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Manager <manager@corner-cafe.example>'],
        text: 'Dear Manager,\n\nYou must stop putting tables on the pavement from Monday.\n\nCllr Brian Cole',
      },
      evidence: 'must',
    },
    {
      name: 'a promised payment to the reader',
      message: {
        from: CABINET,
        to: [RESIDENT],
        text: 'Dear Mr Pike,\n\nI am sorry for the delay in repairing your roof. You will receive £200 in compensation and a rent credit for the weeks the bedroom could not be used.\n\nKind regards,\nBrian',
      },
      evidence: 'You will receive £200',
    },
    {
      name: 'the Council agrees to waive, with the resident in Cc',
      message: {
        from: CABINET,
        to: [OFFICER],
        cc: [RESIDENT],
        text: 'Dear Mr Pike,\n\nHaving looked at your case with officers, the Council agrees to waive the late payment charge.\n\nBrian Cole\nCabinet Member for Finance',
      },
      evidence: 'the Council agrees to waive the late payment charge',
    },
    {
      name: 'sent by an office on behalf of a named councillor',
      message: {
        from: OFFICER,
        to: [RESIDENT],
        text: 'Dear Mr Pike,\n\nWe will complete the roof repairs by 19 December.\n\nYours sincerely,\n\nSent on behalf of Cllr Cole by the Cabinet Support Office',
      },
      evidence: 'We will complete the roof repairs',
    },
    {
      name: 'a council-specific cue from policy.extraTerms',
      policy: { extraTerms: { [ID]: ['free of charge'] } },
      message: {
        from: COUNCILLOR,
        to: [RESIDENT],
        text: 'Dear Mr Pike,\n\nYour replacement bin comes free of charge.\n\nBest wishes,\nErin',
      },
      evidence: 'free of charge',
    },
  ],
}));
