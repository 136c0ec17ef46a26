import { dueAt } from '../../../src/engine/calendar';
import { ENGLAND, NORTHERN_IRELAND, SCOTLAND } from '../../support/calendar-policy';

describe('dueAt', () => {
  it('Monday 10:00 with 5 days → next Monday 17:00 (CONTRACT §3)', () => {
    const due = dueAt('2026-02-09T10:00:00Z', 5, ENGLAND);
    expect(due).toMatchObject({ dayZero: '2026-02-09', date: '2026-02-16', iso: '2026-02-16T17:00:00+00:00' });
    expect(due.instant.toISOString()).toBe('2026-02-16T17:00:00.000Z');
  });

  it('Friday 18:30 → day 0 Monday → due the Monday after (CONTRACT §3)', () => {
    expect(dueAt('2026-02-13T18:30:00Z', 5, ENGLAND)).toMatchObject({ dayZero: '2026-02-16', date: '2026-02-23' });
  });

  it('arrival exactly at 17:00 counts from the next working day', () => {
    expect(dueAt('2026-02-10T17:00:00Z', 1, ENGLAND).date).toBe('2026-02-12');
    expect(dueAt('2026-02-10T16:59:00Z', 1, ENGLAND).date).toBe('2026-02-11');
  });

  it('Christmas 2025: Friday 19 December → Tuesday 30 December', () => {
    expect(dueAt('2025-12-19T16:00:00Z', 5, ENGLAND).iso).toBe('2025-12-30T17:00:00+00:00');
  });

  it('Easter 2026: Thursday 2 April after 17:00 BST → day 0 Tuesday 7 April → due 14 April', () => {
    expect(dueAt('2026-04-02T16:30:00Z', 5, ENGLAND)).toMatchObject({
      dayZero: '2026-04-07',
      date: '2026-04-14',
      iso: '2026-04-14T17:00:00+01:00',
    });
  });

  it('skips the Boxing Day substitute, Monday 28 December 2026', () => {
    expect(dueAt('2026-12-24T10:00:00Z', 1, ENGLAND).date).toBe('2026-12-29');
    expect(dueAt('2026-12-24T10:00:00Z', 5, ENGLAND).date).toBe('2027-01-05');
  });

  it('spring clock change: received in GMT, due in BST at 17:00 local', () => {
    const due = dueAt('2026-03-27T10:00:00Z', 5, ENGLAND); // Good Friday and Easter Monday fall inside
    expect(due).toMatchObject({ date: '2026-04-07', iso: '2026-04-07T17:00:00+01:00' });
    expect(due.instant.toISOString()).toBe('2026-04-07T16:00:00.000Z');
  });

  it('autumn clock change: received in BST, due in GMT', () => {
    expect(dueAt('2026-10-23T09:00:00Z', 5, ENGLAND).iso).toBe('2026-10-30T17:00:00+00:00');
  });

  it('a Date late on a Sunday in UTC that is already Monday in London', () => {
    expect(dueAt(new Date('2026-03-29T23:30:00Z'), 5, ENGLAND)).toMatchObject({ dayZero: '2026-03-30', date: '2026-04-08' });
  });

  it('Scotland keeps 2 January: New Year takes longer than in England', () => {
    expect(dueAt('2025-12-31T10:00:00Z', 5, SCOTLAND).date).toBe('2026-01-09');
    expect(dueAt('2025-12-31T10:00:00Z', 5, ENGLAND).date).toBe('2026-01-08');
  });

  it("Scotland: St Andrew's Day 2025 (a Sunday) moves to Monday 1 December", () => {
    expect(dueAt('2025-11-28T10:00:00Z', 5, SCOTLAND).date).toBe('2025-12-08');
    expect(dueAt('2025-11-28T10:00:00Z', 5, ENGLAND).date).toBe('2025-12-05');
  });

  it("Northern Ireland: St Patrick's Day", () => {
    expect(dueAt('2026-03-16T10:00:00Z', 1, NORTHERN_IRELAND).date).toBe('2026-03-18');
    expect(dueAt('2026-03-16T10:00:00Z', 1, ENGLAND).date).toBe('2026-03-17');
  });

  it('custom working days and hours: Monday to Thursday, 08:00–16:00', () => {
    const policy = { ...ENGLAND, workingDays: [1, 2, 3, 4], workingHours: { start: '08:00', end: '16:00' } };
    const due = dueAt('2026-02-12T15:30:00Z', 1, policy); // Thursday, before 16:00
    expect(due).toMatchObject({ dayZero: '2026-02-12', date: '2026-02-16', iso: '2026-02-16T16:00:00+00:00' });
    expect(dueAt('2026-02-13T10:00:00Z', 1, policy).dayZero).toBe('2026-02-16'); // Friday is not a working day
  });

  it('0 days: due at the end of day 0', () => {
    expect(dueAt('2026-02-10T10:00:00Z', 0, ENGLAND).iso).toBe('2026-02-10T17:00:00+00:00');
  });
});
