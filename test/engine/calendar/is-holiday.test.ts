import { isHoliday } from '../../../src/engine/calendar';

describe('isHoliday', () => {
  it.each([
    ['2025-12-25', 'GB-ENG', true],
    ['2025-12-26', 'GB-ENG', true],
    ['2025-12-24', 'GB-ENG', false],
    ['2026-04-03', 'GB-ENG', true],
    ['2026-04-06', 'GB-ENG', true],
    ['2026-04-06', 'GB-SCT', false],
    ['2026-01-02', 'GB-SCT', true],
    ['2026-01-02', 'GB-ENG', false],
    ['2026-12-28', 'GB-ENG', true],
    ['2026-03-17', 'GB-NIR', true],
    ['2026-03-17', 'GB-ENG', false],
  ] as const)('%s in %s: %s', (date, region, expected) => {
    expect(isHoliday(date, region)).toBe(expected);
  });
});
