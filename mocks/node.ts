import { setupServer } from 'msw/node';
import { createHandlers } from './handlers';
import { createSimulator, type SimulatorOptions } from './simulator';

/** An MSW server over a fresh simulator, for Vitest: `server.listen({ onUnhandledRequest: 'error' })`. */
export function createSimServer(options?: SimulatorOptions) {
  const sim = createSimulator(options);
  const server = setupServer(...createHandlers(sim));
  return { server, sim };
}
