import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { preloadStore, startupSections } from './app/store-routes';
import { initI18n } from './shared/i18n';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

preloadStore(window.location.pathname, window.location.search);
void initI18n(startupSections(window.location.pathname)).then(() => {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
});
