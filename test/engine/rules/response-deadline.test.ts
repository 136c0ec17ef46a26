import { buildContext } from '../../../src/engine/build-context';
import type { DeadlineCase } from '../../../src/engine/define-rule';
import { checkDraft } from '../../../src/engine';
import { PROTOCOL_IDS, resolvePolicy } from '../../../src/engine/model/policy';
import { DEADLINE_CASES as cases } from '../../../src/engine/rules/cases';
import { responseDeadline } from '../../../src/engine/rules/response-deadline';
import { draftFromCase, policyForCase } from '../../support/case-draft';
import { TEST_COUNCIL } from '../../support/test-council';

const COUNCILLOR = 'Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>';
const LEADER = 'Cllr Alice Brown <cllr.alice.brown@northdown.gov.uk>';
const DEPUTY = 'Cllr Dev Patel <cllr.dev.patel@northdown.gov.uk>';
const OFFICER = 'Sam Officer <sam.officer@northdown.gov.uk>';

function compute(c: DeadlineCase) {
  const draft = draftFromCase(c.message);
  return responseDeadline.compute(buildContext(draft, policyForCase(c), new Date(draft.receivedAt!)));
}

describe('response-deadline: its own cases', () => {
  it('carries a summary, a citation for every preset and enough cases of both kinds', () => {
    expect(responseDeadline.summary.length).toBeGreaterThan(40);
    for (const p of PROTOCOL_IDS) expect(responseDeadline.citations[p]).toBeDefined();
    expect(cases.length).toBeGreaterThanOrEqual(10);
    expect(cases.filter((c) => c.dueDate === null).length).toBeGreaterThanOrEqual(4);
    const names = cases.map((c) => c.name);
    expect(new Set(names).size).toBe(names.length);
  });

  for (const c of cases) {
    it(c.name, () => {
      const deadline = compute(c);
      expect(deadline?.dueDate ?? null).toBe(c.dueDate);
      if (deadline && c.workingDays !== undefined) expect(deadline.workingDays).toBe(c.workingDays);
    });
  }
});

/** A councillor's enquiry at an instant, under the test council's policy plus overrides. */
function dueFor(at: string, text = 'Sam,\n\nCould you let me know when the bench will be fixed?\n\nErin', from = COUNCILLOR, policy = {}) {
  return compute({ name: at, message: { from, to: [OFFICER], text, at }, policy, dueDate: null });
}

describe('response-deadline: result shape', () => {
  it('gives the due instant with the local offset, the local date, the basis and the clause', () => {
    const d = dueFor('2025-12-19T16:00:00Z', undefined, COUNCILLOR, { protocol: 'woking' })!;
    expect(d).toEqual({
      due: '2025-12-30T17:00:00+00:00',
      dueDate: '2025-12-30',
      workingDays: 5,
      basis: expect.stringContaining('default'),
      clause: 'Woking 2.4–2.5',
      receivedAt: '2025-12-19T16:00:00+00:00',
    });
  });

  it('uses the summer offset in BST', () => {
    expect(dueFor('2026-06-01T09:00:00Z')!.due).toBe('2026-06-08T17:00:00+01:00');
  });

  it.each([
    ['runnymede', 'Runnymede 4.1'],
    ['rushcliffe', 'Rushcliffe: Casework'],
    ['harlow', 'Harlow 6.6, 15.18'],
    ['bursledon', 'Bursledon 3.1(d)'],
    ['model', 'Model protocol'],
  ])('cites %s as %s', (protocol, clause) => {
    expect(dueFor('2026-02-10T10:00:00Z', undefined, COUNCILLOR, { protocol })!.clause).toBe(clause);
  });

  it('falls back to "now" when the draft has no received time', () => {
    const draft = { ...draftFromCase({ from: COUNCILLOR, to: [OFFICER], text: 'Could you call me?' }), receivedAt: undefined };
    const d = responseDeadline.compute(buildContext(draft, resolvePolicy(TEST_COUNCIL), new Date('2026-02-16T10:00:00Z')));
    expect(d!.dueDate).toBe('2026-02-23');
  });

  it('is reported by checkDraft', () => {
    const draft = draftFromCase({ from: COUNCILLOR, to: [OFFICER], text: 'Could you call me?', at: '2026-02-16T10:00:00Z' });
    expect(checkDraft(draft, resolvePolicy(TEST_COUNCIL)).deadline?.dueDate).toBe('2026-02-23');
  });
});

describe('response-deadline: which days apply', () => {
  it('takes the smallest of several role values', () => {
    const policy = { responseDays: { default: 5, byRole: { 'deputy-leader': 4, cabinet: 3 } } };
    const d = dueFor('2026-02-10T10:00:00Z', undefined, DEPUTY, {
      ...policy,
      councillors: [{ name: 'Dev Patel', email: 'cllr.dev.patel@northdown.gov.uk', roles: ['deputy-leader', 'cabinet'] }],
    })!;
    expect(d.workingDays).toBe(3);
    expect(d.basis).toContain('cabinet');
  });

  it('urgent beats a role value when smaller', () => {
    const d = dueFor('2026-02-10T10:00:00Z', 'Sam,\n\nA safeguarding concern: could someone call me?\n\nAlice', LEADER)!;
    expect(d.workingDays).toBe(1);
    expect(d.basis).toContain('safeguarding');
  });

  it('a role value beats urgent when smaller', () => {
    const d = dueFor('2026-02-10T10:00:00Z', 'Sam,\n\nThis is urgent: could someone call me?\n\nAlice', LEADER, { responseDays: { default: 5, byRole: { leader: 1 }, urgent: 2 } })!;
    expect(d.workingDays).toBe(1);
    expect(d.basis).toContain('leader');
  });

  it('matches role names case-insensitively', () => {
    expect(dueFor('2026-02-10T10:00:00Z', undefined, LEADER, { responseDays: { default: 5, byRole: { Leader: 3 } } })!.workingDays).toBe(3);
  });

  it('ignores urgent terms when the policy sets no urgent value', () => {
    expect(dueFor('2026-02-10T10:00:00Z', 'Urgent: could you call me?', COUNCILLOR, { responseDays: { default: 5 } })!.workingDays).toBe(5);
  });

  it.each([
    ['non-urgent', 'A non-urgent one: could you check the drains on Mill Row?', 5],
    ['not an emergency', 'It is not an emergency, but could you check the drains?', 5],
    ['no real urgency', 'There is no real urgency. Could you check the drains?', 5],
    ['emergency planning team', 'Could the emergency planning team send me the flood plan?', 5],
    ['Emergency!', 'Emergency at Mill Row: the drains have burst. Can someone attend?', 1],
    ['urgency', 'Given the urgency, could someone attend today?', 1],
    ['emergencies', 'Who handles emergencies out of hours?', 1],
    ['safeguarded', 'Can you tell me how the children will be safeguarded?', 1],
  ])('urgent wording: %s', (_label, text, days) => {
    expect(dueFor('2026-02-10T10:00:00Z', `Sam,\n\n${text}\n\nErin`)!.workingDays).toBe(days);
  });

  it('does not read an urgent term in the sign-off', () => {
    const text = 'Sam,\n\nCould you send me the fly-tipping figures?\n\nKind regards,\nErin Evans\nCabinet Member for Safeguarding';
    expect(dueFor('2026-02-10T10:00:00Z', text)!.workingDays).toBe(5);
  });

  it('does not read an urgent term in the quoted history', () => {
    const text = 'Thanks Sam - could you send me the note?\n\nErin\n\n-----Original Message-----\nFrom: Sam Officer <sam.officer@northdown.gov.uk>\nSent: 09 February 2026 15:00\nTo: Cllr Erin Evans <cllr.erin.evans@northdown.gov.uk>\nSubject: Drains\n\nThe urgent repair is booked.';
    expect(dueFor('2026-02-10T10:00:00Z', text)!.workingDays).toBe(5);
  });
});

describe('response-deadline: direction and recipients', () => {
  it('needs an officer in To or Cc (a Bcc officer is not addressed)', () => {
    const d = compute({ name: 'bcc', message: { from: COUNCILLOR, to: ['Pat Jones <pat@example.net>'], bcc: [OFFICER], text: 'Could you call me?' }, dueDate: null });
    expect(d).toBeNull();
  });

  it('counts a councillor writing from a registered private alias', () => {
    const d = compute({ name: 'alias', message: { from: 'Carol Davies <carol.d.home@example.net>', to: [OFFICER], text: 'Could you call me?' }, dueDate: null });
    expect(d?.dueDate).toBe('2026-02-17');
  });

  it('does not count a councillor list as the sender', () => {
    const d = compute({ name: 'list', message: { from: 'all.councillors@northdown.gov.uk', to: [OFFICER], text: 'Could you call me?' }, dueDate: null });
    expect(d).toBeNull();
  });
});
