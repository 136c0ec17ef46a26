import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { MailboxPort } from '../adapters/mailbox/port';
import { TaskPane } from './components/TaskPane';
import { MailboxProvider, type CheckFn } from './mailbox-context';

export interface AppProps {
  readonly port: MailboxPort;
  readonly clock?: () => Date;
  readonly check?: CheckFn;
}

/** The task pane: Fluent UI theme, the mailbox port, and the pane itself. */
export function App({ port, clock, check }: AppProps) {
  return (
    <FluentProvider theme={webLightTheme} style={{ minHeight: '100%' }}>
      <MailboxProvider port={port} clock={clock} check={check}>
        <TaskPane />
      </MailboxProvider>
    </FluentProvider>
  );
}
