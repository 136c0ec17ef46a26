import { defineRule, type RuleHit } from '../define-rule';
import { findCommitments, type Commitment } from '../language/obligations';
import { findSignOff, type SignOff } from '../language/sign-off';
import { readSigner, statesLeaderCapacity } from '../language/signer';
import { OBLIGATIONS_LEXICON } from '../language/lexicon/obligations';
import type { CheckContext } from '../model/context';
import type { Fix } from '../model/fix';
import type { CouncillorEntry } from '../model/policy';

const ID = 'obligation-in-councillor-name';

const LEADER = 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>';
const CABINET = 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>';
const DEPUTY = 'Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>';
const COUNCILLOR = 'Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>';
const CAROL_PRIVATE = 'Carol Davies <carol.d.home@example.net>';
const OFFICER = 'Sam Okoro <sam.okoro@northdown.gov.uk>';
const LEADERS_OFFICE = "Leader's Office <leaders.office@northdown.gov.uk>";
const RESIDENT = 'Graham Pike <g.pike@example.com>';
const BUSINESS = 'Corner Cafe <info@cornercafe.example.co.uk>';
const CONTRACTOR = 'Mike Jarvis <mike@groundworks.example.co.uk>';

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
  cases: {
    valid: [
      {
        name: 'hedged and advocacy wording only',
        message: {
          from: COUNCILLOR,
          to: [RESIDENT],
          text: "Dear Mr Pike,\n\nThank you for the photographs. I have asked officers to look into it, and I will ask the highways team whether the slabs could be re-laid this year. I hope we can get it done before the summer.\n\nI will let you know as soon as I hear back.\n\nBest wishes,\nErin\n\nCllr Erin Evans\nWard Councillor for Millford",
        },
      },
      {
        name: 'procedural wording: the Council will consider, officers may',
        message: {
          from: CABINET,
          to: [BUSINESS],
          text: 'Dear Maria,\n\nThe Council will consider your pavement licence once the consultation ends on 27 March. Officers may be able to suggest a layout that keeps the footway clear, and I will ask the licensing team for an update.\n\nKind regards,\nBrian Cole',
        },
      },
      {
        name: 'an account of a decision already taken and its reasons',
        message: {
          from: COUNCILLOR,
          to: [RESIDENT],
          text: 'Dear Mr Pike,\n\nThe Planning Committee refused the application on 14 October. The main reasons were the loss of the hedgerow and the unsafe access onto the lane. The developer has appealed, and the appeal will now be decided by a Planning Inspector.\n\nBest wishes,\nErin',
        },
      },
      {
        name: 'a commitment sent only to an officer, with no external recipient',
        message: {
          from: COUNCILLOR,
          to: [OFFICER],
          text: 'Hi Sam,\n\nThe fence at Orchard Rec is down again. I think the Council will need to replace it before the spring. Could you tell me whether it is in next year\'s programme?\n\nThanks,\nErin',
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
        name: 'the commitment appears only in the forwarded officer reply',
        message: {
          from: COUNCILLOR,
          to: [RESIDENT],
          kind: 'forward',
          text: 'Dear Mr Pike,\n\nPlease see below the reply I have had from the street lighting team. Do let me know if it is not fixed within the time they give.\n\nKind regards,\nErin\n\nFrom: Street Lighting <street.lighting@northdown.gov.uk>\nSent: 08 December 2025 16:20\nTo: Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>\nSubject: Street light out\n\nThe Council will repair the street light within 10 working days.\n\nStreet Lighting Team',
        },
      },
      {
        name: "the councillor's own actions: raising, chasing, attending",
        message: {
          from: CAROL_PRIVATE,
          to: [RESIDENT],
          text: "Hi Graham,\n\nI will raise this with the Head of Environment and chase it next week. I'd be delighted to come to the open day, and I'll aim to be there for 11am. I will keep you updated.\n\nCarol",
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
        name: 'Harlow: the Leader explains the policy reasons for a decision',
        policy: { protocol: 'harlow' },
        message: {
          from: LEADER,
          to: [RESIDENT],
          text: 'Dear Mr Pike,\n\nI am replying as Leader of the Council. Cabinet decided in January to introduce evening charges because the income covers the cost of lighting and patrolling the car parks. The Council will continue to keep the first hour free to support the town centre, and the decision will be reviewed after twelve months.\n\nYours sincerely,\nCllr Alice Brown\nLeader of the Council',
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
        name: 'a councillor commits the Council to works and a refund',
        message: {
          from: COUNCILLOR,
          to: [RESIDENT],
          text: "Dear Mr Pike,\n\nI can confirm that the Council will replace the fence panels damaged by the council's contractor by the end of the month, and we will refund the £120 you paid for the temporary repair.\n\nBest wishes,\nErin Evans\nWard Councillor for Millford",
        },
        evidence: 'the Council will replace the fence panels',
      },
      {
        name: "an officer drafts an instruction for the Leader's signature",
        message: {
          from: LEADERS_OFFICE,
          to: [BUSINESS],
          text: 'Dear Sir or Madam,\n\nYour business continues to place two A-boards on the pavement outside 42 High Street.\n\nYou must remove the A-boards within 7 days of the date of this letter. Failure to comply will result in the Council taking enforcement action.\n\nYours faithfully,\n\nCllr Alice Brown\nLeader of the Council',
        },
        evidence: 'You must remove the A-boards',
      },
      {
        name: 'signed with a directory councillor\'s name but no title, sent from an officer mailbox',
        message: {
          from: OFFICER,
          to: [RESIDENT],
          text: 'Dear Mr Pike,\n\nIn recognition of the trouble this has caused, the Council will pay you £350 in compensation.\n\nYours sincerely,\nBrian Cole',
        },
        evidence: 'the Council will pay you £350',
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
        name: "the councillor pays in the Council's stead",
        message: {
          from: COUNCILLOR,
          to: [RESIDENT],
          text: 'Dear Mr Pike,\n\nPlease send the receipt to me and I will make sure the payment is made.\n\nBest wishes,\nErin',
        },
        evidence: 'I will make sure the payment is made',
      },
      {
        name: 'Harlow: the Leader explains the policy but also commits to a refund',
        policy: { protocol: 'harlow' },
        message: {
          from: LEADER,
          to: [RESIDENT],
          text: 'Dear Mr Pike,\n\nI am replying as Leader of the Council. The garden waste subscription was introduced because the cost was falling on every council tax payer. However, your reminder went to the wrong address, so the Council will waive your charge for this year and will refund the £52 you paid within ten working days.\n\nYours sincerely,\nCllr Alice Brown\nLeader of the Council',
        },
        evidence: 'the Council will waive your charge',
      },
      {
        name: "from a councillor's registered private address",
        message: {
          from: CAROL_PRIVATE,
          to: [RESIDENT],
          text: "Dear Graham,\n\nI've spoken to the parks team. The Council will remove the fallen tree from the footpath by Friday and will replace your fence panels at no cost to you.\n\nBest wishes,\nCarol",
        },
        evidence: 'The Council will remove the fallen tree',
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
        name: "the Deputy Leader instructs the Council's contractor",
        message: {
          from: DEPUTY,
          to: [CONTRACTOR],
          text: 'Mr Jarvis,\n\nThe new path has been laid across the root protection area of the oaks.\n\nStop all work on the section by the pond with immediate effect. Your firm is required to reinstate the ground at its own cost.\n\nDev Patel\nDeputy Leader',
        },
        evidence: 'Stop all work',
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
      {
        name: 'a wrapped plain-text reply with quoted history',
        message: {
          from: CABINET,
          to: [RESIDENT],
          kind: 'reply',
          text: 'Dear Mr Pike,\n\nThank you for your email and the photographs. I can confirm that the\nCouncil will relay the broken paving slabs outside 41 to 47 Hillside Avenue\nwithin the next two weeks.\n\nKind regards,\n\nBrian\n\nOn Sat, 21 Feb 2026 at 17:52, Graham Pike <g.pike@example.com> wrote:\n> Will the council fix it?\n',
        },
        evidence: 'Council will relay the broken paving slabs',
      },
    ],
  },
});
