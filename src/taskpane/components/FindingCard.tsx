import { useId } from 'react';
import { Badge, Button, Spinner, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import type { Finding, Fix } from '../../engine';
import { ruleTitle } from '../rule-titles';
import { STRINGS } from '../strings';
import { useSectionStyles } from './styles';

const useStyles = makeStyles({
  // A pane section with a thick left edge coloured by severity.
  card: { borderLeftWidth: tokens.strokeWidthThickest },
  error: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  head: { display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', columnGap: tokens.spacingHorizontalS, rowGap: tokens.spacingVerticalXS },
  title: {
    margin: 0,
    fontSize: tokens.fontSizeBase400,
    lineHeight: tokens.lineHeightBase400,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground1,
  },
  message: { margin: 0, fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300, color: tokens.colorNeutralForeground1 },
  evidence: {
    margin: 0,
    fontSize: tokens.fontSizeBase200,
    lineHeight: tokens.lineHeightBase200,
    color: tokens.colorNeutralForeground2,
    overflowWrap: 'anywhere',
  },
  evidenceText: {
    fontFamily: tokens.fontFamilyBase,
    backgroundColor: tokens.colorNeutralBackground3,
    borderRadius: tokens.borderRadiusSmall,
    padding: `0 ${tokens.spacingHorizontalXS}`,
    color: tokens.colorNeutralForeground1,
  },
  fixes: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  hidden: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clip: 'rect(0 0 0 0)',
    whiteSpace: 'nowrap',
  },
});

const BADGE_COLOR = { error: 'danger', warning: 'warning', info: 'informative' } as const;

export interface FindingCardProps {
  readonly finding: Finding;
  readonly onFix: (fix: Fix) => void;
  /** The fix being applied right now, anywhere in the pane (all fix buttons wait for it). */
  readonly pendingFix?: Fix;
  /** Heading level inside its severity group. */
  readonly level?: 3 | 4;
  /** The Send check stopped the message for this rule. */
  readonly heldAtSend?: boolean;
}

/** One finding: the rule's name, the council's clause, why it matters, what triggered it, and its fixes. */
export function FindingCard({ finding, onFix, pendingFix, level = 3, heldAtSend = false }: FindingCardProps) {
  const styles = useStyles();
  const section = useSectionStyles();
  const titleId = useId();
  const Heading = level === 3 ? 'h3' : 'h4';
  return (
    <article className={mergeClasses(section.section, styles.card, styles[finding.severity])} aria-labelledby={titleId}>
      <div className={styles.head}>
        <Heading id={titleId} className={styles.title}>
          {ruleTitle(finding.rule)}
        </Heading>
        <Badge appearance="tint" color={BADGE_COLOR[finding.severity]} shape="rounded">
          <span className={styles.hidden}>{STRINGS.clause}: </span>
          {finding.clause}
        </Badge>
        {heldAtSend && (
          <Badge appearance="filled" color="danger" shape="rounded">
            {STRINGS.flaggedAtSend}
          </Badge>
        )}
      </div>
      <p className={styles.message}>{finding.message}</p>
      {finding.evidence && (
        <p className={styles.evidence}>
          {STRINGS.evidence}: <q className={styles.evidenceText}>{finding.evidence}</q>
        </p>
      )}
      {finding.fixes.length > 0 && (
        <div className={styles.fixes}>
          {finding.fixes.map((fix, i) => {
            const applying = pendingFix === fix;
            return (
              <Button
                key={`${fix.kind}-${i}`}
                appearance={i === 0 ? 'primary' : 'secondary'}
                size="small"
                disabledFocusable={pendingFix !== undefined}
                icon={applying ? <Spinner size="extra-tiny" /> : undefined}
                onClick={() => onFix(fix)}
              >
                {fix.label}
              </Button>
            );
          })}
        </div>
      )}
    </article>
  );
}
