import { defineCases, defineRule, type RuleHit } from '../define-rule';
import { findOfficerCriticism } from '../language/criticism';
import type { CheckContext } from '../model/context';
import type { Fix } from '../model/fix';
import { toAddress, type Party } from '../model/party';
import { normaliseName } from '../people';
import { BRIAN_COLE as CLLR, ALL_COUNCILLORS as LIST, ANDREW_PRYCE as DIRECTOR, ECHO_NEWS_DESK as PRESS, TOM_HEBDEN as RESIDENT } from './example-people';

const ID = 'officer-criticism-circulated';


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
});

/**
 * Examples that double as tests and docs: `valid` must not fire, `invalid` must. A separate export,
 * and a function, so the add-in and CLI bundles drop them (see defineCases).
 */
export const cases = /* @__PURE__ */ defineCases(() => ({
  valid: [
    {
      name: 'raised privately with the Chief Executive',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Helen Marsh <chief.executive@northdown.gov.uk>'],
        text: 'Helen,\n\nI am concerned that the case officer, Tom Reilly, never visited the site before recommending approval.\n\nBrian',
      },
    },
    {
      name: 'shared with only two other councillors',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>', 'Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>'],
        text: 'Alice, Dev,\n\nThe enforcement officer ignored three of my emails about the yard.\n\nBrian',
      },
    },
    {
      name: 'criticism of a policy sent to the press',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Newsroom <desk@valley-echo.example>'],
        text: 'The parking strategy is badly drafted and ignores the needs of shift workers.\n\nCllr Brian Cole',
      },
    },
    {
      name: 'criticism of a contractor to residents',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nThe contractor has failed to finish the resurfacing on time, and I have asked for penalties.\n\nCllr Brian Cole',
      },
    },
    {
      name: 'praise of an officer to all councillors',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'Sent to all councillors.\n\nTom Reilly, our planning officer, did an excellent job at the drop-in.\n\nBrian',
      },
    },
    {
      name: 'criticising a decision, not the person, to the press',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Newsroom <desk@valley-echo.example>'],
        text: 'I think the decision to close the library was wrong and I will vote against it.\n\nCllr Brian Cole',
      },
    },
    {
      name: 'a concern raised privately with the Director never fires',
      message: {
        from: CLLR,
        to: [DIRECTOR],
        text: 'Dear Andrew,\n\nI wanted to raise privately that the planning officer, Nadia Kowalski, did not brief ward members before the report was published. Could we meet?\n\nBrian',
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
    {
      name: 'a press comment criticising a scheme, not the officer who runs it',
      message: {
        from: CLLR,
        to: ['Gemma Holt <gemma.holt@westdown-gazette.example>'],
        text: 'Hi Gemma,\n\nMy comment for your piece: the new collection rounds have made a mess of Millbrook, and the scheme does not seem capable of coping with the extra homes. I will be asking Cabinet to think again.\n\nCllr Brian Cole',
      },
    },
    {
      name: 'a named Head of Service said to be out of her depth, raised privately with the Director',
      message: {
        from: CLLR,
        to: [DIRECTOR],
        text: 'Andrew,\n\nIn confidence: I fear the Head of Waste Services, Joanne Pryor, has made a mess of the new rounds and does not seem capable of putting it right. Could we talk this week?\n\nBrian',
      },
    },
    {
      name: 'a named Head of Service attending a meeting, told to the press',
      message: {
        from: CLLR,
        to: ['Gemma Holt <gemma.holt@westdown-gazette.example>'],
        text: 'Hi Gemma,\n\nJoanne Pryor, Head of Waste Services, will attend the residents\' meeting on Thursday to explain the new rounds and take questions.\n\nCllr Brian Cole',
      },
    },
  ],
  invalid: [
    {
      name: 'to the press: named officer never bothered to visit',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Newsroom <desk@valley-echo.example>'],
        text: 'Tom Reilly, the case officer, never bothered to visit the site before the committee.\n\nCllr Brian Cole',
      },
      evidence: 'Tom Reilly',
    },
    {
      name: 'to all councillors: the Head of Housing keeps ignoring members',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['All Councillors <all.councillors@northdown.gov.uk>'],
        text: 'Sent to all councillors.\n\nOur Head of Housing has repeatedly ignored questions from ward members.\n\nBrian',
      },
      evidence: 'Head of Housing',
    },
    {
      name: 'to three councillors: an officer is out of her depth',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>', 'Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>', 'Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>'],
        text: 'Colleagues,\n\nI am afraid the new licensing officer is out of her depth with the taxi review.\n\nBrian',
      },
      evidence: 'licensing officer',
    },
    {
      name: 'to a resident: the officer was rude',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        text: 'Dear Mr Quinn,\n\nI agree that the environmental health officer was rude to you, and that is not acceptable.\n\nCllr Brian Cole',
      },
      evidence: 'environmental health officer',
    },
    {
      name: 'to residents: named officer misled the meeting',
      message: {
        from: 'Carol Davies <carol.davies@members.northdown.gov.uk>',
        to: ['Pat Quinn <pat.quinn@example.org>'],
        cc: ['Residents Association <chair@ashrow-ra.example>'],
        text: 'Dear all,\n\nNadia Okafor from the drainage team misled the public meeting about the flood defences.\n\nCarol',
      },
      evidence: 'Nadia Okafor',
    },
    {
      name: 'to the press: the planners are incompetent',
      message: {
        from: 'Cllr Brian Cole <cllr.brian.cole@northdown.gov.uk>',
        to: ['Newsroom <desk@valley-echo.example>'],
        text: 'The planning manager handled this application incompetently from start to finish.\n\nCllr Brian Cole',
      },
      evidence: 'planning manager',
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
    {
      name: 'to a journalist: the Head of Service, named, has made a mess of it and does not seem capable',
      message: {
        from: CLLR,
        to: ['Gemma Holt <gemma.holt@westdown-gazette.example>'],
        text: 'Hi Gemma,\n\nHappy for you to quote me: the Head of Waste Services, Joanne Pryor, has made a complete mess of the new rounds and does not seem capable of sorting it out.\n\nCllr Brian Cole',
      },
      evidence: 'Joanne Pryor',
    },
    {
      name: 'to the press: a name with a bare job title has made a hash of the scheme',
      message: {
        from: CLLR,
        to: [PRESS],
        text: 'For publication:\n\nMark Ellery, Head of Parking Services, has made a right hash of the new permit zones.\n\nCllr Brian Cole',
      },
      evidence: 'Mark Ellery',
    },
    {
      name: 'to residents: the named Director simply is not up to the job',
      message: {
        from: CLLR,
        to: [RESIDENT],
        cc: ['Residents Association <chair@ashrow-ra.example>'],
        text: 'Dear Mr Hebden,\n\nI share your frustration. Our Director of Place, Sarah Lomax, simply isn\'t up to the job, and residents are paying the price.\n\nBrian Cole',
      },
      evidence: 'Sarah Lomax',
    },
    {
      name: 'to all councillors: the named officer got it badly wrong',
      message: {
        from: CLLR,
        to: [LIST],
        text: 'Sent to all councillors.\n\nColleagues, Priya Nair, the council\'s Head of Revenues, has got this badly wrong and the backlog is now six weeks.\n\nBrian',
      },
      evidence: 'Priya Nair',
    },
  ],
}));
