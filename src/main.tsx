import '@cloudscape-design/global-styles/index.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app';
import { simulatedConnection } from './lib/aws/connection';
import { setConnection } from './lib/aws/connection-store';

async function start() {
  // Compile-time constant: a production build drops this branch and the simulator with it.
  if (__SIMULATOR__) {
    const { startSimulator } = await import('../mocks/browser');
    await startSimulator();
    setConnection(simulatedConnection());
  }
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
