import { createRoot } from 'react-dom/client';
import { Playground, settingsFromUrl } from './Playground';

const container = document.getElementById('root');
if (!container) throw new Error('playground.html has no #root element');
createRoot(container).render(<Playground settings={settingsFromUrl(window.location.search)} storage={window.localStorage} />);
