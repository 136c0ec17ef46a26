import { defineRule, type RuleHit } from '../define-rule';
import { findOfficerCriticism } from '../language/criticism';
import type { CheckContext } from '../model/context';
import type { Fix } from '../model/fix';
import { toAddress, type Party } from '../model/party';
import { normaliseName } from '../people';

const ID = 'officer-criticism-circulated';

const CLLR = 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>';
const CLLR_A = 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>';
const CLLR_C = 'Carol Davies <carol.davies@members.northdown.gov.uk>';
const CLLR_D = 'Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>';
const CLLR_E = 'Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>';
const LIST = 'All Councillors <all.councillors@northdown.gov.uk>';
const DIRECTOR = 'Andrew Pryce <andrew.pryce@northdown.gov.uk>';
const PRESS = 'News Desk <newsdesk@northdown-echo.co.uk>';
const RESIDENT = 'Tom Hebden <tomhebden@example.com>';

/** Names (full and surname) of the people on this message and thread, by role, for reading names in text. */
function nameIndex(ctx: CheckContext): { isNotOfficer: (name: string) => boolean; isKnownOfficer: (name: string) => boolean } {
  const officers = new Set<string>();
  const others = new Set<string>();
  const add = (set: Set<string>, name: string | undefined) => {
    const n = name ? normaliseName(name) : '';
    if (!n) return;
    set.add(n);
    if (n.includes(' ')) set.add(n.split(' ').pop()!);
  };
  const { sender, to, cc, bcc, original } = ctx.parties;
  for (const p of [...(sender ? [sender] : []), ...to, ...cc, ...bcc, ...original]) add(p.role === 'officer' ? officers : others, p.name);
  for (const c of ctx.policy.councillors) add(others, c.name);
  const matches = (set: Set<string>, name: string) => {
    const n = normaliseName(name);
    return Boolean(n) && set.has(n);
  };
  return {
    isNotOfficer: (name) => matches(others, name) && !matches(officers, name),
    isKnownOfficer: (name) => matches(officers, name),
  };
}

/** Who outside the officer corps receives the message: outsiders, councillor lists, other councillors. */
function audience(ctx: CheckContext): { outsiders: Party[]; lists: Party[]; councillors: Party[]; fields: Map<Party, 'to' | 'cc' | 'bcc'> } {
  const records = new Set(ctx.policy.recordAddresses);
  const senderKey = ctx.parties.sender?.key;
  const seen = new Set<string>();
  const out = { outsiders: [] as Party[], lists: [] as Party[], councillors: [] as Party[], fields: new Map<Party, 'to' | 'cc' | 'bcc'>() };
  for (const field of ['to', 'cc', 'bcc'] as const) {
    for (const p of ctx.parties[field]) {
      if (p.key === senderKey || seen.has(p.key) || (p.email && records.has(p.email))) continue;
      seen.add(p.key);
      out.fields.set(p, field);
      if (p.role === 'external') out.outsiders.push(p);
      else if (p.role === 'councillor-list') out.lists.push(p);
      else if (p.role === 'councillor') out.councillors.push(p);
    }
  }
  return out;
}

function describeAudience(a: ReturnType<typeof audience>): string {
  const parts: string[] = [];
  if (a.outsiders.length) parts.push(a.outsiders.length === 1 ? 'someone outside the council' : `${a.outsiders.length} people outside the council`);
  if (a.lists.length) parts.push('a councillor list');
  if (!a.outsiders.length && !a.lists.length) parts.push(`${a.councillors.length} other councillors`);
  return parts.join(' and ');
}

export const officerCriticismCirculated = defineRule({
  id: ID,
  summary:
    'Concerns about a named or identifiable officer’s conduct or capability should be raised privately with their Director or the Chief Executive, where the officer can answer them, not circulated to the press, residents, a councillor list or a wider group of councillors.',
  citations: {
    woking: { severity: 'warning', clause: '6.2, 15.1' },
    runnymede: { severity: 'warning', clause: '2.2' },
    rushcliffe: { severity: 'warning', clause: 'Scrutiny' },
    harlow: { severity: 'warning', clause: '12.3' },
    bursledon: { severity: 'warning', clause: '5.2' },
    model: { severity: 'warning' },
  },
  fixable: ['remove-recipient'],
  check(ctx) {
    if (ctx.parties.sender?.role !== 'councillor') return [];
    const a = audience(ctx);
    // Two other councillors is a private exchange; three or more, a list or any outsider is circulation.
    if (!a.outsiders.length && !a.lists.length && a.councillors.length < 3) return [];
    const hits = findOfficerCriticism(ctx.thread.newText, { ...nameIndex(ctx), extraTerms: ctx.policy.extraTerms[ID] });
    const fixes: Fix[] = [...a.outsiders, ...a.lists].map((p) => ({
      kind: 'remove-recipient',
      label: `Remove ${p.name ?? p.email ?? 'this recipient'}`,
      field: a.fields.get(p)!,
      recipient: toAddress(p),
    }));
    return hits.slice(0, 3).map(
      (hit): RuleHit => ({
        message: `This criticises ${hit.target}'s conduct or capability and goes to ${describeAudience(a)}; raise concerns about an officer privately with their Director or the Chief Executive instead.`,
        evidence: hit.phrase,
        fixes,
      }),
    );
  },
  cases: {
    valid: [
      {
        name: 'a concern raised privately with the Director never fires',
        message: {
          from: CLLR,
          to: [DIRECTOR],
          text: 'Dear Andrew,\n\nI wanted to raise privately that the planning officer, Nadia Kowalski, did not brief ward members before the report was published. Could we meet?\n\nBrian',
        },
      },
      {
        name: 'criticism of an officer sent to two other councillors is not circulation',
        message: {
          from: CLLR,
          to: [CLLR_A, CLLR_C],
          text: "Alice, Carol,\n\nI was disappointed with how Simon Tate handled the parking consultation drop-in last night. He arrived forty minutes late and couldn't answer basic questions.\n\nBrian",
        },
      },
      {
        name: 'criticising a Cabinet decision, not an officer, to residents',
        message: {
          from: CLLR,
          to: [RESIDENT],
          text: 'Dear Mr Hebden,\n\nI think the Cabinet\'s decision was the wrong one, and it was taken without any proper assessment of the impact on older people.\n\nBrian Cole',
        },
      },
      {
        name: 'criticism of an outside operator is not criticism of an officer',
        message: {
          from: CLLR,
          to: [PRESS],
          text: 'Hi,\n\nThe leisure centre has been run into the ground by the operator, and residents deserve to know what is going on.\n\nBrian',
        },
      },
      {
        name: 'criticism of a fellow councillor to the press is not about an officer',
        message: {
          from: CLLR,
          to: [PRESS],
          text: 'Statement: Cllr Alice Brown has failed to answer residents\' questions about the budget and should resign as Leader.\n\nBrian Cole',
        },
      },
      {
        name: 'praise of a named officer to every councillor',
        message: {
          from: CLLR,
          to: [LIST],
          text: 'Sent to all councillors.\n\nI want to thank Nadia Kowalski, our planning officer, who briefed ward members thoroughly and answered every question.\n\nBrian',
        },
      },
      {
        name: 'a resident criticised by name to other councillors is not an officer',
        message: {
          from: CLLR,
          to: [LIST],
          text: 'Sent to all councillors.\n\nMr Jones at 4 Mill Lane has ignored three abatement notices about his bonfires.\n\nBrian',
        },
      },
    ],
    invalid: [
      {
        name: 'a named officer\'s capability attacked to every councillor and the local paper',
        message: {
          from: CLLR,
          to: [LIST],
          cc: [PRESS],
          text: 'Colleagues,\n\nSent to all councillors and copied to the Echo.\n\nThe planning officer on the Westgate Road scheme, Nadia Kowalski, has been incompetent from start to finish. She ignored residents and misread the parking standards.\n\nBrian',
        },
        evidence: 'Nadia Kowalski',
      },
      {
        name: 'criticism of an officer\'s conduct to a resident',
        message: {
          from: CLLR,
          to: [RESIDENT],
          kind: 'reply',
          text: "Dear Mr Hebden,\n\nThe planning officer who dealt with the application, Ruth Adeyemi, did not visit your garden, and her report does not mention your objection at all.\n\nRegards,\nBrian Cole",
        },
        evidence: 'did not visit',
      },
      {
        name: 'criticism sent to four other councillors individually',
        message: {
          from: CLLR,
          to: [CLLR_A, CLLR_C, CLLR_D, CLLR_E],
          text: 'Colleagues,\n\nSamir Haddad has now failed to answer four of my casework emails. When I finally got hold of him he was dismissive, and I do not think he has a grip on his service.\n\nBrian',
        },
        evidence: 'Samir Haddad',
      },
      {
        name: 'a press statement criticising a job title and name',
        message: {
          from: CLLR,
          to: [PRESS],
          text: "For publication\n\nThe Council's Planning Manager, Martin Blake, failed to consult residents properly on the pre-application discussions.\n\nEnds",
        },
        evidence: 'Martin Blake',
      },
      {
        name: 'a job title alone identifies the officer',
        message: {
          from: CLLR,
          to: [LIST],
          text: 'Sent to all councillors.\n\nThe Head of Planning did not brief either ward councillor before the report was published, and I do not believe the service is being properly managed.\n\nBrian',
        },
        evidence: 'Head of Planning',
      },
      {
        name: 'a council\'s own critical phrase from its policy',
        policy: { extraTerms: { [ID]: ['asleep at the wheel'] } },
        message: {
          from: CLLR,
          to: [RESIDENT],
          text: 'Dear Mr Hebden,\n\nFrankly the case officer was asleep at the wheel on this application.\n\nBrian Cole',
        },
        evidence: 'asleep at the wheel',
      },
    ],
  },
});
