import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Policy } from '../../engine';
import type { TrackedEnquiry } from '../../adapters/mailbox/port';
import { describeStanding, formatDay, formatDue, standing } from '../deadline-status';

export interface ReplyStandingProps {
  readonly enquiry: TrackedEnquiry;
  readonly policy: Policy;
  readonly now: Date;
}

/** Compose mode: this reply answers a tracked enquiry; say where it stands against its deadline. */
export function ReplyStanding({ enquiry, policy, now }: ReplyStandingProps) {
  const where = standing(enquiry, now, policy);
  const intent = where.overdue ? 'error' : where.daysLeft <= 1 ? 'warning' : 'info';
  const due = formatDue(enquiry.due, policy.timeZone, now);
  return (
    <MessageBar intent={intent} layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>
          Day {where.day} of {where.of}
          {where.overdue ? ' — overdue' : ''}
        </MessageBarTitle>{' '}
        Replying to {enquiry.from}’s enquiry of {formatDay(enquiry.receivedAt, policy.timeZone, now)}, due {due} ({enquiry.clause}).{' '}
        {describeStanding(where)}.
      </MessageBarBody>
    </MessageBar>
  );
}
