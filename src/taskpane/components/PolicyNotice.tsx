import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Policy } from '../../engine';
import type { PolicySource } from '../../adapters/policy';
import { formatDay } from '../deadline-status';
import { STRINGS } from '../strings';

export interface PolicyNoticeProps {
  readonly source: PolicySource;
  readonly policy: Policy;
  readonly now: Date;
}

function sentence(text: string): string {
  const trimmed = text.trim().replace(/[.\s]+$/, '');
  return trimmed ? `${trimmed.charAt(0).toUpperCase()}${trimmed.slice(1)}.` : '';
}

/**
 * Says plainly when the checks are not using the council's deployed policy: a saved copy is in use
 * because the deployed one could not be fetched or was invalid, or no council policy at all.
 */
export function PolicyNotice({ source, policy, now }: PolicyNoticeProps) {
  if (source.kind === 'fresh') return null;
  const cached = source.kind === 'cached';
  return (
    <MessageBar intent="warning" layout="multiline" data-testid="policy-notice">
      <MessageBarBody>
        <MessageBarTitle>{cached ? STRINGS.policyCachedTitle : STRINGS.policyDefaultTitle}</MessageBarTitle> {sentence(source.reason)}{' '}
        {cached
          ? `Checks use the copy saved on ${formatDay(source.fetchedAt, policy.timeZone, now)}, which may be out of date.`
          : STRINGS.policyDefaultBody}
      </MessageBarBody>
    </MessageBar>
  );
}
