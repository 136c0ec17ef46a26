/**
 * Wording for the interim reply and the calendar reminder. Pure: dates are formatted in the
 * council's time zone with Intl, so the officer and the councillor read the same day and hour.
 */

/** "5pm on Tuesday 2 December 2025" (or "5:30pm …") in `timeZone`. */
export function formatDue(iso: string, timeZone: string): string {
  const date = new Date(iso);
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone,
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    hour12: true,
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const minute = part('minute');
  const dayPeriod = part('dayPeriod').toLowerCase().replace(/\./g, '').replace(/\s/g, '');
  const time = `${part('hour')}${minute && minute !== '00' ? `:${minute}` : ''}${dayPeriod}`;
  return `${time} on ${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

/** "Tuesday 25 November 2025" in `timeZone`. */
export function formatDay(iso: string, timeZone: string): string {
  const parts = new Intl.DateTimeFormat('en-GB', { timeZone, weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }).formatToParts(new Date(iso));
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('weekday')} ${part('day')} ${part('month')} ${part('year')}`;
}

export interface InterimReplyInput {
  readonly recipientName?: string;
  readonly senderName?: string;
  readonly receivedAt: string;
  readonly due: string;
  readonly timeZone: string;
}

/** A short acknowledgement that gives the date a full reply will come by. HTML for displayReplyForm. */
export function interimReplyHtml(input: InterimReplyInput): string {
  const greeting = input.recipientName ? `Dear ${escape(input.recipientName)},` : 'Hello,';
  const lines = [
    `<p>${greeting}</p>`,
    `<p>Thank you for your email of ${escape(formatDay(input.receivedAt, input.timeZone))}. ` +
      `I am looking into the points you raise and will send you a full reply by ${escape(formatDue(input.due, input.timeZone))}.</p>`,
    '<p>If anything changes before then, I will let you know.</p>',
    `<p>Kind regards,${input.senderName ? `<br>${escape(input.senderName)}` : ''}</p>`,
  ];
  return lines.join('\n');
}

export interface ReminderInput {
  readonly subject: string;
  readonly from: string;
  readonly due: string;
  readonly workingDays: number;
  readonly clause: string;
  readonly timeZone: string;
}

export function reminderSubject(input: ReminderInput): string {
  return `Reply due: ${input.subject || '(no subject)'}`.slice(0, 255);
}

export function reminderBody(input: ReminderInput): string {
  return [
    `A reply to ${input.from} is due by ${formatDue(input.due, input.timeZone)}: ${input.workingDays} working days (${input.clause}).`,
    '',
    `Enquiry: ${input.subject || '(no subject)'}`,
    '',
    'Created by Protocol Guard. Mark the enquiry replied in the Protocol Guard pane when you have answered it.',
  ].join('\n');
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
