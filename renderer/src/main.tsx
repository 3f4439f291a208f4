// First, before React loads: reads the served first screen or sends the timeline's first requests (start-early.ts).
import { served, startSettings } from './timeline/start-early.ts';
import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/App.tsx';
import './styles/base.css';
import './styles/app.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
const app = (
  <StrictMode>
    <App first={served} settings={startSettings} />
  </StrictMode>
);
// The server drew the first screen from the data it embedded: React takes that markup over. When
// the page cannot use it (another day or language), it is dropped and drawn anew.
if (served && root.firstElementChild) hydrateRoot(root, app);
else {
  root.replaceChildren();
  createRoot(root).render(app);
}
