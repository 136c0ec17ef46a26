import { useCallback, useState } from 'react';
import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Fix, Policy, Report } from '../../engine';
import { isFlagged } from '../../engine/model/severity';
import type { LaunchContext } from '../../adapters/mailbox/port';
import { ruleTitle } from '../rule-titles';
import { toFailure, type Failure } from '../failure';
import { useMailbox } from '../mailbox-context';
import { STRINGS } from '../strings';
import { useTracking } from '../use-tracking';
import { ErrorBar } from './ErrorBar';
import { FindingGroups } from './FindingGroups';
import { ReplyStanding } from './ReplyStanding';

export interface ComposeViewProps {
  readonly report: Report;
  readonly policy: Policy;
  readonly recheck: () => Promise<void>;
  /** Tell screen-reader users what an action did. */
  readonly announce: (text: string) => void;
  /** Where focus goes once a fixed finding has left the page. */
  readonly focusSummary: () => void;
  /** Set when the Send check's Review button opened the pane. */
  readonly launch?: LaunchContext;
}

export function ComposeView({ report, policy, recheck, announce, focusSummary, launch }: ComposeViewProps) {
  const { port, clock } = useMailbox();
  const tracking = useTracking(port);
  const [pendingFix, setPendingFix] = useState<Fix | undefined>();
  const [fixError, setFixError] = useState<(Failure & { readonly fix: Fix }) | undefined>();

  const applyFix = useCallback(
    async (fix: Fix) => {
      setPendingFix(fix);
      setFixError(undefined);
      try {
        await port.applyFix(fix);
      } catch (err) {
        setFixError({ ...toFailure(err, 'applyFix'), fix });
        setPendingFix(undefined);
        return;
      }
      // The fix is in the message now; re-reading it is what makes the finding go away.
      await recheck();
      setPendingFix(undefined);
      announce(`Done: ${fix.label}.`);
      focusSummary();
    },
    [port, recheck, announce, focusSummary],
  );

  const flagged = report.findings.filter((f) => isFlagged(f.severity)).length;
  const heldBy = launch?.source === 'smart-alerts' && launch.rules.length > 0 ? new Set(launch.rules) : undefined;
  const stillHeld = heldBy ? [...heldBy].filter((rule) => report.findings.some((f) => f.rule === rule && isFlagged(f.severity))) : [];
  const open = tracking.current?.status === 'open' ? tracking.current : undefined;
  return (
    <>
      {heldBy && (
        <MessageBar intent={stillHeld.length ? 'warning' : 'success'} layout="multiline" data-testid="send-hold">
          <MessageBarBody>
            <MessageBarTitle>{stillHeld.length ? STRINGS.heldAtSendTitle : STRINGS.heldAtSendFixedTitle}</MessageBarTitle>{' '}
            {stillHeld.length
              ? `Outlook stopped this message at Send for: ${stillHeld.map(ruleTitle).join(', ')}. Fix ${stillHeld.length === 1 ? 'it' : 'them'} below (marked “${STRINGS.flaggedAtSend}”), then press Send again.`
              : STRINGS.heldAtSendFixedBody}
          </MessageBarBody>
        </MessageBar>
      )}
      {open && <ReplyStanding enquiry={open} policy={policy} now={clock()} />}
      {fixError && <ErrorBar failure={fixError} onRetry={() => void applyFix(fixError.fix)} retrying={pendingFix !== undefined} />}
      {report.failures.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.failedRules}</MessageBarTitle> {report.failures.map((f) => f.rule).join(', ')}. Check
            these points yourself before sending.
          </MessageBarBody>
        </MessageBar>
      )}
      {flagged === 0 && report.failures.length === 0 && (
        <MessageBar intent="success" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{STRINGS.allClearTitle}</MessageBarTitle> {STRINGS.allClearBody}
          </MessageBarBody>
        </MessageBar>
      )}
      <FindingGroups findings={report.findings} onFix={(fix) => void applyFix(fix)} pendingFix={pendingFix} heldAtSend={heldBy} />
    </>
  );
}
