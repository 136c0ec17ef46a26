import { defineRule, type RuleHit } from '../define-rule';
import { findDiscourtesy, type CourtesyHit } from '../language/courtesy';

const ID = 'discourteous-language';

const CLLR = 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>';
const CLLR_2 = 'Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>';
const OFFICER = 'Sam Reid <sam.reid@northdown.gov.uk>';
const RESIDENT = 'Kath Morley <kath.morley@example.com>';

const quotedResident = (body: string) =>
  `\n\nFrom: ${RESIDENT}\nSent: 24 January 2026 14:37\nTo: ${CLLR}\nSubject: Bins not emptied\n\n${body}`;

function messageFor(hit: CourtesyHit): string {
  const phrase = hit.phrase.replace(/["“”]/g, "'");
  switch (hit.kind) {
    case 'profanity':
      return `"${phrase}" is swearing, which has no place in correspondence between councillors and officers.`;
    case 'shouting':
      return `"${phrase}" is written in capitals, which reads as shouting; put it in ordinary type.`;
    case 'sarcasm':
      return `"${phrase}" reads as sarcasm; say plainly what went wrong instead.`;
    default:
      return `"${phrase}" is an insult; criticise the work or the outcome courteously rather than the person.`;
  }
}

export const discourteousLanguage = defineRule({
  id: ID,
  summary:
    'Councillors and officers must treat each other with courtesy and respect in writing: no swearing, no insults aimed at a person or their work, no shouting in capitals and no sarcasm. Residents are not bound by the protocol, and words quoted from earlier messages do not count.',
  citations: {
    woking: { severity: 'warning', clause: '3.1, 6.1' },
    runnymede: { severity: 'warning', clause: '2.1' },
    rushcliffe: { severity: 'warning', clause: 'Principles' },
    harlow: { severity: 'warning', clause: '4.2, 12.1' },
    bursledon: { severity: 'warning', clause: '3.1(h), 3.2(d)' },
    model: { severity: 'warning' },
  },
  fixable: ['replace-phrase'],
  check(ctx) {
    const role = ctx.parties.sender?.role;
    // The protocol binds councillors and officers, and only in council correspondence.
    if (!ctx.parties.councilCorrespondence || (role !== 'councillor' && role !== 'councillor-list' && role !== 'officer')) return [];
    return findDiscourtesy(ctx.thread.newText, ctx.policy.extraTerms[ID]).map(
      (hit): RuleHit => ({
        message: messageFor(hit),
        evidence: hit.phrase,
        fixes: [
          {
            kind: 'replace-phrase',
            label: hit.replacement ? `Say "${hit.replacement}" instead` : 'Remove it',
            phrase: hit.fixPhrase,
            replacement: hit.replacement,
          },
        ],
      }),
    );
  },
  cases: {
    valid: [
      {
        name: 'firm but courteous disagreement',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: "Sam,\n\nI'm disappointed with this response and I don't agree with the reasoning. Could you explain what changed?\n\nBrian",
        },
      },
      {
        name: 'acronyms in capitals are not shouting',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nThe ASB team and the HMO licensing officers both attended. Could you send me the CCTV and DBS figures?\n\nBrian',
        },
      },
      {
        name: 'insults and capitals in the quoted resident email do not count',
        message: {
          from: CLLR,
          to: [OFFICER],
          kind: 'forward',
          subject: 'FW: Bins not emptied',
          text:
            'Sam,\n\nPlease see below from a resident - the language is hers, not mine! Could you let me know what happened on Tuesday?\n\nBrian' +
            quotedResident('THIS IS AN ABSOLUTE DISGRACE. Your useless council cannot even answer the phone. What the hell am I paying for?'),
        },
      },
      {
        name: 'a resident writing to a councillor is not bound by the protocol',
        message: {
          from: RESIDENT,
          to: [CLLR],
          text: 'Cllr Cole,\n\nYour housing department is useless and nobody ever calls back. THE DAMP IS MAKING MY DAUGHTER ILL.\n\nKath',
        },
      },
      {
        name: 'a heading in capitals is not shouting',
        message: {
          from: OFFICER,
          to: ['All Councillors <all.councillors@northdown.gov.uk>'],
          text: 'Sent to all councillors.\n\nMINUTES OF THE PLANNING COMMITTEE\n\nThe draft minutes are attached for comment.\n\nSam',
        },
      },
      {
        name: 'place names that contain rude letter strings are not profanity',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nCould the assessment for the Scunthorpe Road and Penistone Way junction be shared with me?\n\nBrian',
        },
      },
      {
        name: 'a negated evaluative word is not an insult',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nYour advice was far from useless - it helped residents a great deal. Thank you.\n\nBrian',
        },
      },
      {
        name: 'an evaluative word about a thing, not a person or their work, is not an insult',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nThe old bus shelter on Mill Lane is useless in the rain; could it be replaced?\n\nBrian',
        },
      },
    ],
    invalid: [
      {
        name: 'insults and shouting in a councillor enquiry',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: "This is utterly pathetic. Your department is useless. THREE WEEKS IN A ROW Orchard Close has been missed.\n\nCan someone explain what is being done?\n\nBrian",
        },
        evidence: 'useless',
      },
      {
        name: 'sarcasm and a sentence in capitals',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nThanks for nothing. THIS IS THE FOURTH TIME I HAVE REPORTED QUARRY CLOSE.\n\nBrian',
        },
        evidence: 'Thanks for nothing',
      },
      {
        name: 'profanity from the maintained list and a British extra',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nFrankly the whole thing is a bloody shambles. Why is it taking so long to answer calls?\n\nBrian',
        },
        evidence: 'bloody',
      },
      {
        name: 'insults between two councillors are still discourteous',
        message: {
          from: CLLR,
          to: [CLLR_2],
          text: 'Erin,\n\nYour so-called amendment was a pathetic stunt, and your group has been clueless from the start.\n\nBrian',
        },
        evidence: 'clueless',
      },
      {
        name: 'an officer insulting a councillor is bound too',
        message: {
          from: OFFICER,
          to: [CLLR],
          text: 'Cllr Cole,\n\nWhat a pathetic response to a straightforward consultation.\n\nSam',
        },
        evidence: 'pathetic',
      },
      {
        name: 'scare quotes round the reader\'s own word',
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nYour "apology" below is exactly the same as the last one. When will the bins be collected?\n\nBrian',
        },
        evidence: 'apology',
      },
      {
        name: 'a council\'s own discourteous term from its policy',
        policy: { extraTerms: { [ID]: ['numbskull'] } },
        message: {
          from: CLLR,
          to: [OFFICER],
          text: 'Sam,\n\nOnly a numbskull would close the road during the fair.\n\nBrian',
        },
        evidence: 'numbskull',
      },
    ],
  },
});
