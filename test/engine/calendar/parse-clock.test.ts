import { parseClock } from '../../../src/engine/calendar';

describe('parseClock', () => {
  it.each([
    ['09:00', 540],
    ['9:30', 570],
    ['17:00', 1020],
    ['00:00', 0],
    ['23:59', 1439],
  ])('%s is %d minutes after midnight', (clock, minutes) => {
    expect(parseClock(clock)).toBe(minutes);
  });

  it.each(['24:00', '17:60', '5pm', '17', ''])('rejects %j', (bad) => {
    expect(() => parseClock(bad)).toThrow(RangeError);
  });
});
