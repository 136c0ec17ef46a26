import { nextWorkingMorning } from '../../../src/engine/calendar';
import { ENGLAND } from '../../support/calendar-policy';

const morning = (at: string) => nextWorkingMorning(at, ENGLAND).toISOString();

describe('nextWorkingMorning', () => {
  it('early on a working day: the same morning', () => {
    expect(morning('2026-02-10T06:15:00Z')).toBe('2026-02-10T09:00:00.000Z');
  });

  it('after hours: the next working morning', () => {
    expect(morning('2026-02-10T19:00:00Z')).toBe('2026-02-11T09:00:00.000Z');
    expect(morning('2026-02-13T18:30:00Z')).toBe('2026-02-16T09:00:00.000Z');
  });

  it('at a weekend: Monday morning', () => {
    expect(morning('2026-02-14T06:00:00Z')).toBe('2026-02-16T09:00:00.000Z');
  });

  it('during working hours: the next working day (there is nothing to delay to today)', () => {
    expect(morning('2026-02-10T11:00:00Z')).toBe('2026-02-11T09:00:00.000Z');
  });

  it('over Easter, in BST: Tuesday 7 April at 09:00 BST', () => {
    expect(morning('2026-04-02T19:00:00Z')).toBe('2026-04-07T08:00:00.000Z');
  });

  it('over Christmas 2026 and the Boxing Day substitute', () => {
    expect(morning('2026-12-24T18:00:00Z')).toBe('2026-12-29T09:00:00.000Z');
  });

  it('early on Monday 30 March 2026 in BST, when it is still Sunday in UTC', () => {
    expect(morning('2026-03-29T23:30:00Z')).toBe('2026-03-30T08:00:00.000Z');
  });

  it('follows custom hours', () => {
    const policy = { ...ENGLAND, workingHours: { start: '07:30', end: '15:30' } };
    expect(nextWorkingMorning('2026-02-10T06:00:00Z', policy).toISOString()).toBe('2026-02-10T07:30:00.000Z');
  });
});
