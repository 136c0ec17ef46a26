import { Button, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { Failure } from '../failure';
import { operationTitle, STRINGS } from '../strings';

export interface ErrorBarProps {
  readonly failure: Failure;
  readonly onRetry?: () => void;
  readonly retrying?: boolean;
}

/** An Office or mailbox failure: what we were doing, which call failed, and a way to try again. */
export function ErrorBar({ failure, onRetry, retrying }: ErrorBarProps) {
  return (
    <MessageBar intent="error" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{operationTitle(failure.operation)}</MessageBarTitle>{' '}
        <span>
          {failure.operation} failed: {failure.message}
        </span>
      </MessageBarBody>
      {onRetry && (
        <MessageBarActions>
          <Button size="small" onClick={onRetry} disabled={retrying}>
            {STRINGS.retry}
          </Button>
        </MessageBarActions>
      )}
    </MessageBar>
  );
}
