import { useId } from 'react';
import { Badge, Button, MessageBar, MessageBarBody, MessageBarTitle, Spinner } from '@fluentui/react-components';
import { ClockAlarmRegular, CheckmarkRegular, MailArrowForwardRegular } from '@fluentui/react-icons';
import type { Deadline, Policy } from '../../engine';
import { describeStanding, formatDay, formatDue, plural, standing } from '../deadline-status';
import { STRINGS } from '../strings';
import type { Tracking } from '../use-tracking';
import { useSectionStyles } from './styles';

export interface DeadlineCardProps {
  readonly deadline: Deadline;
  readonly policy: Policy;
  readonly tracking: Tracking;
  readonly now: Date;
}

/** The engine's basis repeats the day count ("5 working days: the council's default…"); keep the reason. */
function basisText(basis: string): string {
  const reason = basis.replace(/^\d+\s+working\s+days?\s*:\s*/i, '');
  return `Why: ${reason}`;
}

const REMINDER_WORDS = { calendar: 'calendar reminder', flag: 'follow-up flag', category: 'category' } as const;

/** Read mode: when the councillor's enquiry must be answered, and the reminder controls. */
export function DeadlineCard({ deadline, policy, tracking, now }: DeadlineCardProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  const record = tracking.current;
  const where = standing(deadline, now, policy);
  const isOpen = record?.status === 'open';
  const isReplied = record?.status === 'replied';
  const busyIcon = (action: Tracking['busy']) => (tracking.busy === action ? <Spinner size="extra-tiny" /> : undefined);

  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        Reply deadline
      </h2>
      <p className={styles.lead}>
        Reply due {formatDue(deadline.due, policy.timeZone, now)} — {plural(deadline.workingDays, 'working day')} ({deadline.clause})
      </p>
      {deadline.basis && <p className={styles.muted}>{basisText(deadline.basis)}</p>}
      {!isReplied && (
        <p className={styles.text}>
          Day {where.day} of {where.of} ·{' '}
          <span className={where.overdue ? styles.overdue : where.daysLeft <= 1 ? styles.dueSoon : undefined}>{describeStanding(where)}</span>
        </p>
      )}
      {record && (
        <div className={styles.text}>
          {isOpen ? (
            <>
              <Badge appearance="tint" color="brand" shape="rounded">
                Reminder on
              </Badge>{' '}
              Tracking since {formatDay(record.startedAt, policy.timeZone, now)}
              {record.reminders.length > 0 && ` (${record.reminders.map((r) => REMINDER_WORDS[r]).join(', ')})`}.
            </>
          ) : (
            <>
              <Badge appearance="tint" color="success" shape="rounded">
                Replied
              </Badge>{' '}
              Marked replied{record.repliedAt ? ` on ${formatDay(record.repliedAt, policy.timeZone, now)}` : ''}.
            </>
          )}
        </div>
      )}
      {isOpen && tracking.notes.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.reminderNotesTitle}</MessageBarTitle>
            <ul className={styles.notes}>
              {tracking.notes.map((note) => (
                <li key={note}>{note}</li>
              ))}
            </ul>
          </MessageBarBody>
        </MessageBar>
      )}
      {!isReplied && (
        <div className={styles.actions}>
          {!isOpen && (
            <Button
              appearance="primary"
              size="small"
              icon={busyIcon('startReminder') ?? <ClockAlarmRegular />}
              disabledFocusable={tracking.busy !== undefined || tracking.loading}
              onClick={() => void tracking.startReminder(deadline)}
            >
              {STRINGS.startReminder}
            </Button>
          )}
          {isOpen && record && (
            <Button
              appearance="primary"
              size="small"
              icon={busyIcon('markReplied') ?? <CheckmarkRegular />}
              disabledFocusable={tracking.busy !== undefined}
              onClick={() => void tracking.markReplied(record.itemId)}
            >
              {STRINGS.markReplied}
            </Button>
          )}
          <Button
            size="small"
            icon={busyIcon('draftInterimReply') ?? <MailArrowForwardRegular />}
            disabledFocusable={tracking.busy !== undefined}
            onClick={() => void tracking.draftInterimReply(deadline)}
          >
            {STRINGS.draftInterim}
          </Button>
        </div>
      )}
    </section>
  );
}
