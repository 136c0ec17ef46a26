import { useEffect } from 'react';
import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import type { Draft, Policy, Report } from '../../engine';
import { useMailbox } from '../mailbox-context';
import { STRINGS } from '../strings';
import { useTracking } from '../use-tracking';
import { DeadlineCard } from './DeadlineCard';
import { ErrorBar } from './ErrorBar';
import { TrackedList } from './TrackedList';

export interface ReadViewProps {
  readonly report: Report;
  readonly draft: Draft;
  readonly policy: Policy;
  readonly announce: (text: string) => void;
}

/** Read mode (pinned pane): the selected enquiry's deadline, and every tracked enquiry. */
export function ReadView({ report, draft, policy, announce }: ReadViewProps) {
  const { clock } = useMailbox();
  // A new draft object means another item (or a re-read): reload the tracking state for it.
  const tracking = useTracking(draft);
  const now = clock();
  useEffect(() => {
    if (tracking.notice) announce(tracking.notice);
  }, [tracking.notice, announce]);
  return (
    <>
      {tracking.error && <ErrorBar failure={tracking.error} onRetry={tracking.error.retry} retrying={tracking.busy !== undefined} />}
      {report.deadline ? (
        <DeadlineCard deadline={report.deadline} policy={policy} tracking={tracking} now={now} />
      ) : (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{STRINGS.readNoDeadline}</MessageBarBody>
        </MessageBar>
      )}
      <TrackedList tracking={tracking} policy={policy} now={now} />
    </>
  );
}
