import type { CalendarPolicy } from '../../src/engine/calendar';

/** England and Wales, Monday to Friday, 09:00–17:00 London time: the contract's defaults. */
export const ENGLAND: CalendarPolicy = {
  timeZone: 'Europe/London',
  holidayRegion: 'GB-ENG',
  workingHours: { start: '09:00', end: '17:00' },
  workingDays: [1, 2, 3, 4, 5],
};

export const SCOTLAND: CalendarPolicy = { ...ENGLAND, holidayRegion: 'GB-SCT' };
export const NORTHERN_IRELAND: CalendarPolicy = { ...ENGLAND, holidayRegion: 'GB-NIR' };
