import '@cloudscape-design/global-styles/index.css';
import { startTransition, StrictMode, Suspense } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { App } from './app/app';
import { router } from './app/router';
import { bootConnection, connectSimulated, SetupPage } from './features/connection';
import { reloadFailedStylesheets } from './lib/reload-stylesheets';

function renderApp(root: Root) {
  // A transition renders in slices: the page stays responsive to what arrives meanwhile
  // (the first page of devices, the simulator's answers) instead of blocking for the whole shell.
  startTransition(() => {
    root.render(
      <StrictMode>
        <App />
      </StrictMode>,
    );
  });
}

async function start() {
  performance.mark('boot:main');
  reloadFailedStylesheets();
  // IndexedDB opens while config.json is read, not when the inventory asks for its cache
  // (the cache's code comes with the first view's; a failed load only leaves this undone).
  import('./lib/fleet-cache').then((m) => m.prepareFleetCache(), () => undefined);
  // Compile-time constant: a production build drops the simulator and this import with it.
  // Dev and demo builds start it at once, while config.json is read, not after.
  const simulator = __SIMULATOR__
    ? import('../mocks/browser')
        .then((m) => m.startSimulator().then(m.simulatedSnapshotSource))
        .then((snapshot) => {
          performance.mark('boot:simulator');
          return snapshot;
        })
    : undefined;
  simulator?.catch(() => undefined); // reported where boot awaits it
  const startSimulator = simulator ? () => simulator : undefined;
  const boot = await bootConnection(startSimulator);
  performance.mark('boot:connection');
  if (boot.view === 'none') return;
  const root = createRoot(document.getElementById('root')!);
  if (boot.view === 'setup') {
    const useSimulator = startSimulator
      ? () => {
          connectSimulated();
          renderApp(root);
        }
      : undefined;
    root.render(
      <StrictMode>
        <Suspense fallback={null}>
          <SetupPage config={boot.config} onUseSimulator={useSimulator} />
        </Suspense>
      </StrictMode>,
    );
    return;
  }
  // Back from the managed login: to the page the operator was on.
  // The router ran the first page's loader before there was a connection: run it again now,
  // so its requests (the inventory's listing, a device's description) leave before React renders.
  if (boot.navigateTo) await router.navigate(boot.navigateTo, { replace: true });
  else void router.revalidate();
  renderApp(root);
  performance.mark('boot:render');
}

void start();
