import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { NetworkError, setBackendReady } from './lib/http';
import './app/tokens.css';
import './app/global.css';

// The embedded mock backend starts in parallel with the first paint (its own chunk); every
// request waits for it. If it cannot start, requests fail as "the server could not be reached".
// Its chunk is the demo's largest: on the create form, whose first paint needs no data, it is
// fetched once the panel's chunk is in, so that the two do not share the network; elsewhere at once.
let startBackend: () => void = () => undefined;
const backendStart = new Promise<void>((resolve) => {
  startBackend = resolve;
});
if (location.pathname === '/connections/new') {
  import('./features/connections/components/ConnectionPanel').then(startBackend, startBackend);
} else {
  startBackend();
}
const backendReady = backendStart
  .then(() => import('../mocks/browser'))
  .then((backend) => backend.startMockBackend())
  .catch((cause: unknown) => {
    console.error('The embedded backend did not start.', cause);
    throw new NetworkError(cause);
  });
// Each request reports the failure itself; this only keeps it from being an unhandled rejection.
backendReady.catch(() => undefined);
setBackendReady(backendReady);

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');

// The simulated BigCommerce consent page (the authorization popup) is served by this build too.
if (location.pathname === '/__bigcommerce/consent') {
  await backendReady.catch(() => undefined);
  (await import('../mocks/bigcommerce/consent')).mountConsentPage(root);
} else {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
