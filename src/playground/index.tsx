import { createRoot } from 'react-dom/client';
import { warmEngine } from '../taskpane/engine-loader';
import { Playground, settingsFromUrl } from './Playground';

// As the task pane does: fetch and set up the engine from the start (a failure shows on the check).
warmEngine().catch(() => undefined);

const container = document.getElementById('root');
if (!container) throw new Error('playground.html has no #root element');
createRoot(container).render(<Playground settings={settingsFromUrl(window.location.search)} storage={window.localStorage} />);
