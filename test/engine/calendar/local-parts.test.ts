import { localParts } from '../../../src/engine/calendar';

const LONDON = 'Europe/London';

describe('localParts', () => {
  it('reads winter time as GMT', () => {
    expect(localParts(new Date('2026-02-10T10:30:00Z'), LONDON)).toEqual({ date: '2026-02-10', weekday: 2, minutes: 630, offset: 0 });
  });

  it('reads summer time as BST', () => {
    expect(localParts('2026-06-10T16:30:00Z', LONDON)).toEqual({ date: '2026-06-10', weekday: 3, minutes: 1050, offset: 60 });
  });

  it('spring change, 29 March 2026: 01:00 GMT becomes 02:00 BST', () => {
    expect(localParts('2026-03-29T00:59:00Z', LONDON)).toMatchObject({ minutes: 59, offset: 0 });
    expect(localParts('2026-03-29T01:00:00Z', LONDON)).toMatchObject({ minutes: 120, offset: 60 });
  });

  it('autumn change, 25 October 2026: 02:00 BST becomes 01:00 GMT', () => {
    expect(localParts('2026-10-25T00:59:00Z', LONDON)).toMatchObject({ minutes: 119, offset: 60 });
    expect(localParts('2026-10-25T01:00:00Z', LONDON)).toMatchObject({ minutes: 60, offset: 0 });
  });

  it('a UTC time late on Sunday can already be Monday in London', () => {
    expect(localParts('2026-03-29T23:30:00Z', LONDON)).toMatchObject({ date: '2026-03-30', weekday: 1, minutes: 30 });
  });

  it('the same instant read in UTC and in London differs only in summer', () => {
    expect(localParts('2026-02-10T10:30:00Z', 'UTC')).toEqual(localParts('2026-02-10T10:30:00Z', LONDON));
    expect(localParts('2026-06-10T23:30:00Z', 'UTC')).toEqual({ date: '2026-06-10', weekday: 3, minutes: 1410, offset: 0 });
    expect(localParts('2026-06-10T23:30:00Z', LONDON)).toEqual({ date: '2026-06-11', weekday: 4, minutes: 30, offset: 60 });
  });

  it('the repeated autumn hour is read once as BST and once as GMT', () => {
    expect(localParts('2026-10-25T00:30:00Z', LONDON)).toMatchObject({ date: '2026-10-25', minutes: 90, offset: 60 });
    expect(localParts('2026-10-25T01:30:00Z', LONDON)).toMatchObject({ date: '2026-10-25', minutes: 90, offset: 0 });
  });

  it('reads other IANA zones', () => {
    expect(localParts('2026-02-10T03:00:00Z', 'America/New_York')).toMatchObject({ date: '2026-02-09', minutes: 22 * 60, offset: -300 });
  });

  it('rejects an unknown zone', () => {
    expect(() => localParts('2026-02-10T10:30:00Z', 'Europe/Atlantis')).toThrow(/time zone/);
  });
});
