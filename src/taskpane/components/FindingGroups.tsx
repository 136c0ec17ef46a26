import { useId } from 'react';
import { makeStyles, tokens } from '@fluentui/react-components';
import { ErrorCircleFilled, InfoFilled, WarningFilled } from '@fluentui/react-icons';
import type { Finding, Fix } from '../../engine';
import { SEVERITY_HEADINGS } from '../strings';
import { FindingCard } from './FindingCard';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalXS,
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
    textTransform: 'uppercase',
    letterSpacing: '0.04em',
  },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
  info: { color: tokens.colorBrandForeground1 },
});

const SEVERITIES = ['error', 'warning', 'info'] as const;
const ICONS = { error: ErrorCircleFilled, warning: WarningFilled, info: InfoFilled } as const;

export interface FindingGroupsProps {
  readonly findings: readonly Finding[];
  readonly onFix: (fix: Fix) => void;
  readonly pendingFix?: Fix;
  /** Rules the Send check stopped the message for; their findings are marked. */
  readonly heldAtSend?: ReadonlySet<string>;
}

/** Findings grouped by severity, most severe first; empty groups are left out. */
export function FindingGroups({ findings, onFix, pendingFix, heldAtSend }: FindingGroupsProps) {
  const styles = useStyles();
  const baseId = useId();
  return (
    <>
      {SEVERITIES.map((severity) => {
        const inGroup = findings.filter((f) => f.severity === severity);
        if (inGroup.length === 0) return null;
        const Icon = ICONS[severity];
        const headingId = `${baseId}-${severity}`;
        return (
          <section key={severity} className={styles.group} aria-labelledby={headingId}>
            <h2 id={headingId} className={styles.heading}>
              <Icon aria-hidden className={styles[severity]} fontSize={16} />
              {SEVERITY_HEADINGS[severity]} ({inGroup.length})
            </h2>
            <ul className={styles.list}>
              {inGroup.map((finding) => (
                <li key={`${finding.rule}|${finding.evidence}|${finding.message}`}>
                  <FindingCard finding={finding} onFix={onFix} pendingFix={pendingFix} heldAtSend={heldAtSend?.has(finding.rule) ?? false} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}
