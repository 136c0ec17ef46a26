import { formatZonedIso, isWithinWorkingHours, nextWorkingMorning } from '../calendar';
import { defineCases, defineRule } from '../define-rule';
import { DEV_PATEL as COUNCILLOR, SAM_REID as OFFICER } from './example-people';

const ID = 'out-of-hours';
const TEXT = 'Sam,\n\nCould you let me know when the Hilltop bus shelter will be repaired?\n\nDev';

/** "Saturday 17 January, 19:20" in the council's time zone, assembled from parts so the layout is stable. */
function localLabel(instant: Date, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')}, ${part('hour')}:${part('minute')}`;
}

export const outOfHours = defineRule({
  id: ID,
  summary:
    'Officers’ time outside working hours should be respected: a councillor emailing officers in the evening, at a weekend or on a bank holiday can schedule the message for the next working morning instead.',
  citations: {
    woking: { severity: 'info', clause: '14.2' },
    runnymede: { severity: 'info' },
    rushcliffe: { severity: 'info', clause: 'Access to staff' },
    harlow: { severity: 'info', clause: '6.9' },
    bursledon: { severity: 'info' },
    model: { severity: 'info' },
  },
  fixable: ['delay-delivery'],
  check(ctx) {
    const { sender, visible } = ctx.parties;
    if (sender?.role !== 'councillor' || !visible.some((p) => p.role === 'officer')) return [];
    const { policy, now } = ctx;
    if (isWithinWorkingHours(now, policy)) return [];
    const morning = nextWorkingMorning(now, policy);
    const when = localLabel(morning, policy.timeZone);
    return [
      {
        message: `This goes to officers outside working hours; consider delaying delivery until ${when}.`,
        evidence: localLabel(now, policy.timeZone),
        fixes: [{ kind: 'delay-delivery', label: `Deliver on ${when}`, until: formatZonedIso(morning, policy.timeZone) }],
      },
    ];
  },
});

/**
 * Examples that double as tests and docs: `valid` must not fire, `invalid` must. A separate export,
 * and a function, so the add-in and CLI bundles drop them (see defineCases).
 */
export const cases = /* @__PURE__ */ defineCases(() => ({
  valid: [
    {
      name: 'a weekday mid-morning',
      message: { from: COUNCILLOR, to: [OFFICER], text: TEXT, at: '2026-02-10T10:30:00Z' },
    },
    {
      name: '16:30 UTC in winter is 16:30 local, still within hours',
      message: { from: COUNCILLOR, to: [OFFICER], text: TEXT, at: '2026-02-10T16:30:00Z' },
    },
    {
      name: 'exactly at the start of working hours',
      message: { from: COUNCILLOR, to: [OFFICER], text: TEXT, at: '2026-02-11T09:00:00Z' },
    },
    {
      name: 'an officer writing to a councillor late is not covered',
      message: { from: OFFICER, to: [COUNCILLOR], text: 'Dev,\n\nThe shelter is booked for repair on Monday.\n\nSam', at: '2026-02-10T21:00:00Z' },
    },
    {
      name: 'a councillor writing to a resident at the weekend',
      message: { from: COUNCILLOR, to: ['Jo Public <jo.public@example.com>'], text: 'Dear Jo,\n\nI have reported the shelter.\n\nDev', at: '2026-02-14T11:00:00Z' },
    },
    {
      name: 'a council whose working hours run to 18:00',
      policy: { workingHours: { start: '08:00', end: '18:00' } },
      message: { from: COUNCILLOR, to: [OFFICER], text: TEXT, at: '2026-02-10T17:30:00Z' },
    },
    {
      name: 'a council that works Saturdays',
      policy: { workingDays: [1, 2, 3, 4, 5, 6] },
      message: { from: COUNCILLOR, to: [OFFICER], text: TEXT, at: '2026-02-14T11:00:00Z' },
    },
  ],
  invalid: [
    {
      name: 'a weekday evening',
      message: { from: COUNCILLOR, to: [OFFICER], text: TEXT, at: '2026-02-10T19:45:00Z' },
      evidence: 'Tuesday 10 February, 19:45',
    },
    {
      name: 'a Saturday morning',
      message: { from: COUNCILLOR, to: [OFFICER], text: TEXT, at: '2026-02-14T09:25:00Z' },
      evidence: 'Saturday 14 February',
    },
    {
      name: 'early morning before the start of work',
      message: { from: COUNCILLOR, to: [OFFICER], text: TEXT, at: '2026-02-11T06:50:00Z' },
      evidence: '06:50',
    },
    {
      name: 'Good Friday is a bank holiday',
      message: { from: COUNCILLOR, to: [OFFICER], text: TEXT, at: '2026-04-03T11:00:00+01:00' },
      evidence: 'Friday 3 April',
    },
    {
      name: '16:30 UTC in summer is 17:30 BST, after hours',
      message: { from: COUNCILLOR, to: [OFFICER], text: TEXT, at: '2026-06-09T16:30:00Z' },
      evidence: '17:30',
    },
    {
      name: 'from a private alias with the officer in Cc',
      message: { from: 'Carol Davies <carol.d.home@example.net>', to: ['Jo Public <jo.public@example.com>'], cc: [OFFICER], text: TEXT, at: '2026-02-15T20:10:00Z' },
      evidence: 'Sunday 15 February',
    },
  ],
}));
