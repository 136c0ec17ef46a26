import { Button, FluentProvider, Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle, webLightTheme } from '@fluentui/react-components';
import { toFailure } from '../failure';
import { STRINGS } from '../strings';

export interface StartupErrorProps {
  readonly error: unknown;
  readonly onRetry: () => void;
}

/** Shown when the pane cannot reach Outlook at all (opened in a plain browser, or Office.js failed). */
export function StartupError({ error, onRetry }: StartupErrorProps) {
  const failure = toFailure(error, 'Office.onReady');
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100%', padding: 12, boxSizing: 'border-box' }}>
      <main aria-labelledby="pg-title">
        <h1 id="pg-title" style={{ fontSize: 20, margin: '0 0 12px' }}>
          {STRINGS.appName}
        </h1>
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Couldn’t connect to Outlook</MessageBarTitle> {failure.operation} failed: {failure.message}. Open Protocol Guard
            from a message in Outlook, or <Link href="playground.html">try it in the playground</Link>.
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={onRetry}>
              {STRINGS.retry}
            </Button>
          </MessageBarActions>
        </MessageBar>
      </main>
    </FluentProvider>
  );
}
