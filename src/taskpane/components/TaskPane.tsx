import { useCallback, useEffect, useRef, useState } from 'react';
import { Button, Spinner, makeStyles, tokens } from '@fluentui/react-components';
import { ArrowSyncRegular, ShieldCheckmarkRegular } from '@fluentui/react-icons';
import type { Policy, Report } from '../../engine';
import { isFlagged } from '../../engine/model/severity';
import { PRESETS } from '../../engine/presets';
import type { LaunchContext } from '../../adapters/mailbox/port';
import { describeStanding, formatDue, standing } from '../deadline-status';
import { useMailbox } from '../mailbox-context';
import { STRINGS, summaryLine } from '../strings';
import { useDraftCheck } from '../use-draft-check';
import { ComposeView } from './ComposeView';
import { ErrorBar } from './ErrorBar';
import { PolicyNotice } from './PolicyNotice';
import { ReadView } from './ReadView';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
  },
  header: { display: 'flex', alignItems: 'flex-start', gap: tokens.spacingHorizontalS },
  brand: { color: tokens.colorBrandForeground1, flexShrink: 0, marginTop: '2px' },
  titles: { display: 'flex', flexDirection: 'column', flexGrow: 1, minWidth: 0 },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
  },
  policy: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, color: tokens.colorNeutralForeground3 },
  summary: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    ':focus-visible': { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusSmall },
  },
  checkAgain: { flexShrink: 0, whiteSpace: 'nowrap' },
  loading: { padding: `${tokens.spacingVerticalXXL} 0` },
});

function policyLine(policy: Policy): string {
  const preset = PRESETS[policy.protocol];
  const protocol = policy.protocol === 'model' ? preset.citeAs : `${preset.citeAs} protocol`;
  return `${policy.council} · ${protocol}`;
}

function readSummary(report: Report, policy: Policy, now: Date): string {
  if (!report.deadline) return 'No reply deadline for this message.';
  const where = standing(report.deadline, now, policy);
  return `Reply due ${formatDue(report.deadline.due, policy.timeZone, now)}: ${describeStanding(where).toLowerCase()}.`;
}

/** The whole pane: header, a live summary, and the compose or read view. */
export function TaskPane() {
  const { port, clock } = useMailbox();
  const check = useDraftCheck();
  const styles = useStyles();
  const summaryRef = useRef<HTMLParagraphElement>(null);
  const [notice, setNotice] = useState<string | undefined>();
  const [launch, setLaunch] = useState<LaunchContext | undefined>();

  // Opened by the Send check's Review button: which rules held the message at Send.
  useEffect(() => {
    let current = true;
    setLaunch(undefined);
    port.launchContext?.().then(
      (context) => {
        if (current) setLaunch(context);
      },
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [port]);

  // A notice describes the last action; it goes when the item changes or the user checks again.
  useEffect(() => {
    setNotice(undefined);
    return port.onItemChanged(() => setNotice(undefined));
  }, [port]);
  const announce = useCallback((text: string) => setNotice(text), []);
  const focusSummary = useCallback(() => summaryRef.current?.focus(), []);

  const { status, report, policy, draft } = check;
  let summary = '';
  if (status === 'loading') summary = STRINGS.checking;
  else if (status === 'error') summary = 'The check could not finish.';
  else if (report && policy) {
    summary =
      port.mode === 'compose'
        ? summaryLine(report.findings.filter((f) => isFlagged(f.severity)).length, report.findings.filter((f) => f.severity === 'info').length)
        : readSummary(report, policy, clock());
  }

  return (
    <main className={styles.root} aria-labelledby="pg-title" aria-busy={check.checking}>
      <header className={styles.header}>
        <ShieldCheckmarkRegular aria-hidden fontSize={24} className={styles.brand} />
        <div className={styles.titles}>
          <h1 id="pg-title" className={styles.title}>
            {STRINGS.appName}
          </h1>
          {policy && <p className={styles.policy}>{policyLine(policy)}</p>}
        </div>
        <Button
          className={styles.checkAgain}
          appearance="subtle"
          size="small"
          icon={check.checking && status !== 'loading' ? <Spinner size="extra-tiny" /> : <ArrowSyncRegular />}
          onClick={() => {
            setNotice(undefined);
            void check.recheck();
          }}
          disabledFocusable={check.checking}
        >
          {STRINGS.checkAgain}
        </Button>
      </header>

      <p ref={summaryRef} tabIndex={-1} className={styles.summary} role="status" aria-live="polite">
        {notice ? `${notice} ` : ''}
        {summary}
      </p>

      {status === 'ready' && policy && check.policySource && <PolicyNotice source={check.policySource} policy={policy} now={clock()} />}
      {status === 'loading' && <Spinner className={styles.loading} size="medium" label={STRINGS.checking} labelPosition="below" />}
      {status === 'error' && check.error && <ErrorBar failure={check.error} onRetry={() => void check.recheck()} retrying={check.checking} />}
      {status === 'ready' && report && policy && draft && port.mode === 'compose' && (
        <ComposeView report={report} policy={policy} recheck={check.recheck} announce={announce} focusSummary={focusSummary} launch={launch} />
      )}
      {status === 'ready' && report && policy && draft && port.mode === 'read' && (
        <ReadView report={report} draft={draft} policy={policy} announce={announce} />
      )}
    </main>
  );
}
