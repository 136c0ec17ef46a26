import { addCalendarDays, dueAt, isWorkingDay, localParts, zonedTime, type CalendarPolicy } from '../engine/calendar';
import type { Address } from '../engine';
import { DEFAULT_POLICY, resolvePolicy, type PolicyFile } from '../engine/model/policy';
import { isFlagged } from '../engine/model/severity';
import { parseAddressList } from '../engine/people';
import { loadEngine } from '../taskpane/engine-loader';
import type { LaunchContext, TrackedEnquiry } from '../adapters/mailbox/port';
import type { Sample } from './samples';
import type { SimulatedItem } from './simulated-mailbox';

export function calendarOf(policy: PolicyFile | undefined): CalendarPolicy {
  return policy ? resolvePolicy(policy) : DEFAULT_POLICY;
}

/** The working day `count` working days before today (today itself when it is one and count is 0). */
function workingDayBefore(now: Date, count: number, cal: CalendarPolicy): string {
  let day = localParts(now, cal.timeZone).date;
  while (!isWorkingDay(day, cal)) day = addCalendarDays(day, -1);
  for (let i = 0; i < count; i++) {
    day = addCalendarDays(day, -1);
    while (!isWorkingDay(day, cal)) day = addCalendarDays(day, -1);
  }
  return day;
}

/** When a sample arrived: a working day some days back at a set local time, never in the future. */
export function receivedAt(ago: { workingDaysAgo: number; time: string }, now: Date, cal: CalendarPolicy): string {
  let at = zonedTime(workingDayBefore(now, ago.workingDaysAgo, cal), ago.time, cal.timeZone);
  if (at.getTime() > now.getTime()) at = zonedTime(workingDayBefore(now, ago.workingDaysAgo + 1, cal), ago.time, cal.timeZone);
  return at.toISOString();
}

export function itemFromSample(sample: Sample, now: Date, cal: CalendarPolicy): SimulatedItem {
  const [from] = parseAddressList(sample.from);
  return {
    id: sample.id,
    ...(from ? { from } : {}),
    to: parseAddressList(sample.to),
    cc: parseAddressList(sample.cc ?? ''),
    bcc: parseAddressList(sample.bcc ?? ''),
    subject: sample.subject,
    body: sample.body,
    composeKind: sample.composeKind,
    ...(sample.received ? { receivedAt: receivedAt(sample.received, now, cal) } : {}),
    ...(sample.internetMessageId ? { internetMessageId: sample.internetMessageId } : {}),
    ...(sample.inReplyTo ? { inReplyTo: sample.inReplyTo } : {}),
    ...(sample.conversationId ? { conversationId: sample.conversationId } : {}),
  };
}

export function formatAddress(a: Address): string {
  if (a.name && a.email) return `${a.name} <${a.email}>`;
  return a.name ?? a.email ?? '';
}

export function formatAddresses(list: readonly Address[]): string {
  return list.map(formatAddress).join('; ');
}

/**
 * Two enquiries already being tracked when the playground is first opened, so the register has
 * something to show (one overdue). Dates are relative to now; the people are fictional.
 */
export function demoRegister(now: Date, cal: CalendarPolicy): TrackedEnquiry[] {
  const make = (itemId: string, subject: string, from: string, ago: number, time: string, days: number, clause: string): TrackedEnquiry => {
    const received = receivedAt({ workingDaysAgo: ago, time }, now, cal);
    const due = dueAt(received, days, cal);
    return {
      itemId,
      subject,
      from,
      receivedAt: received,
      due: due.iso,
      dueDate: due.date,
      workingDays: days,
      clause,
      status: 'open',
      startedAt: received,
      reminders: ['calendar', 'category'],
    };
  };
  return [
    make('demo-thrush-close-bins', 'Missed bin collections on Thrush Close', 'Cllr Bethany Moss', 1, '15:20', 5, 'Woking 2.4–2.5'),
    make('demo-saxon-way-hedge', 'Overgrown hedge blocking the pavement on Saxon Way', 'Cllr Margaret Okafor', 7, '11:30', 3, 'Woking 2.4–2.5'),
  ];
}

/**
 * What the Send check would hand the pane through its Review button for this message: the same
 * engine run on the message as it stands, the flagged rules most severe first. Undefined when the
 * Send check would have let it go. The engine is loaded on demand, as the task pane loads it.
 */
export async function sendCheckContext(item: SimulatedItem, policy: PolicyFile | undefined, now: Date): Promise<LaunchContext | undefined> {
  const { checkDraft } = await loadEngine();
  const report = checkDraft(
    {
      ...(item.from ? { from: item.from } : {}),
      to: item.to,
      cc: item.cc,
      bcc: item.bcc,
      subject: item.subject,
      text: item.body,
      composeKind: item.composeKind,
      ...(item.inReplyTo ? { inReplyTo: item.inReplyTo } : {}),
    },
    policy ? resolvePolicy(policy) : DEFAULT_POLICY,
    { now },
  );
  const flagged = report.findings.filter((f) => isFlagged(f.severity));
  const rules = [...new Set([...flagged.filter((f) => f.severity === 'error'), ...flagged].map((f) => f.rule))];
  return rules.length ? { source: 'smart-alerts', rules } : undefined;
}
