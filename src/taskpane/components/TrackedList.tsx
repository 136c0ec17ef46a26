import { useId } from 'react';
import { Badge, Button } from '@fluentui/react-components';
import type { Policy } from '../../engine';
import type { TrackedEnquiry } from '../../adapters/mailbox/port';
import { describeStanding, formatDue, standing, type Standing } from '../deadline-status';
import { STRINGS } from '../strings';
import type { Tracking } from '../use-tracking';
import { useSectionStyles } from './styles';

export interface TrackedListProps {
  readonly tracking: Tracking;
  readonly policy: Policy;
  readonly now: Date;
}

interface Row {
  readonly enquiry: TrackedEnquiry;
  readonly where: Standing;
}

/** Open tracked enquiries, overdue first, then soonest due. */
export function sortOpen(enquiries: readonly TrackedEnquiry[], now: Date, policy: Policy): Row[] {
  return enquiries
    .filter((e) => e.status === 'open')
    .map((enquiry) => ({ enquiry, where: standing(enquiry, now, policy) }))
    .sort((a, b) => Number(b.where.overdue) - Number(a.where.overdue) || Date.parse(a.enquiry.due) - Date.parse(b.enquiry.due));
}

export function TrackedList({ tracking, policy, now }: TrackedListProps) {
  const styles = useSectionStyles();
  const headingId = useId();
  const rows = sortOpen(tracking.all, now, policy);
  return (
    <section className={styles.section} aria-labelledby={headingId}>
      <h2 id={headingId} className={styles.heading}>
        {STRINGS.trackedTitle} ({rows.length})
      </h2>
      {rows.length === 0 ? (
        <p className={styles.muted}>{STRINGS.trackedEmpty}</p>
      ) : (
        <ul className={styles.list}>
          {rows.map(({ enquiry, where }) => (
            <li key={enquiry.itemId} className={styles.item}>
              <div className={styles.itemHead}>
                <h3 className={styles.itemTitle}>{enquiry.subject || '(no subject)'}</h3>
                {where.overdue && (
                  <Badge className={styles.noShrink} appearance="filled" color="danger" shape="rounded">
                    Overdue
                  </Badge>
                )}
              </div>
              <p className={styles.muted}>From {enquiry.from}</p>
              <p className={styles.text}>
                Due {formatDue(enquiry.due, policy.timeZone, now)} ·{' '}
                <span className={where.overdue ? styles.overdue : where.daysLeft <= 1 ? styles.dueSoon : undefined}>
                  {describeStanding(where)}
                </span>
              </p>
              <div className={styles.actions}>
                <Button
                  size="small"
                  appearance="subtle"
                  aria-label={`${STRINGS.markReplied}: ${enquiry.subject}`}
                  disabledFocusable={tracking.busy !== undefined}
                  onClick={() => void tracking.markReplied(enquiry.itemId)}
                >
                  {STRINGS.markReplied}
                </Button>
              </div>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
