import { createRoot } from 'react-dom/client';
import { officeMailboxReady } from '../adapters/office';
import { App } from './App';
import { StartupError } from './components/StartupError';
import { warmEngine } from './engine-loader';

const container = document.getElementById('root');
if (!container) throw new Error('taskpane.html has no #root element');
const root = createRoot(container);

/** Inside Office the adapter is the only thing that talks to Office.js; the UI gets its port. */
async function start(): Promise<void> {
  try {
    const port = await officeMailboxReady();
    root.render(<App port={port} />);
  } catch (err) {
    root.render(<StartupError error={err} onRetry={() => void start()} />);
  }
}

// Fetch and set up the engine while Office.js starts; the pane's first check waits for it only if
// it is still not ready once the message has been read. A failure shows on that check (with Retry).
warmEngine().catch(() => undefined);
void start();
