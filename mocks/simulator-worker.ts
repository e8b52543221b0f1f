/// <reference lib="webworker" />
/**
 * The simulated service of one dashboard tab, in a dedicated worker (dev and demo builds).
 * The page starts it (browser.ts) with the tab's scenario and saved state; the simulator's
 * service worker (public/sim-service-worker.js) sends it the tab's requests over ports the
 * page hands out, and it answers them with the MSW handlers, off the page's main thread.
 * State changes go back to the page, which keeps them in sessionStorage for a reload.
 */
import './worker-globals';
import { createHandlers } from './handlers';
import { createSimulator, type Simulator } from './simulator';
import { answerMessage, type PageToSimulator, type SimulatorToPage } from './worker-protocol';

declare const self: DedicatedWorkerGlobalScope & { __SNOW_SIMULATOR__?: Simulator };

function post(message: SimulatorToPage) {
  self.postMessage(message);
}

function start(init: Extract<PageToSimulator, { type: 'init' }>) {
  const sim = createSimulator({ scenario: init.scenario });
  if (init.state) {
    try {
      sim.importState(JSON.parse(init.state) as Parameters<Simulator['importState']>[0]);
    } catch {
      post({ type: 'state-unreadable' });
    }
  }
  // Saved after each change of tasks, tags, lock states or the scenario (with the trail's records so far),
  // as soon as the change is made: the answer is still on its way when the page has the state.
  let saving: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    saving ??= setTimeout(() => {
      saving = undefined;
      post({ type: 'state', scenario: sim.scenario, state: JSON.stringify(sim.exportState()) });
    });
  };
  sim.onChange(save);
  // The test controls that change the service without a request are saved the same way.
  const { setScenario, setDeviceOnline } = sim;
  sim.setScenario = (change) => {
    setScenario(change);
    save();
  };
  sim.setDeviceOnline = (...args) => {
    setDeviceOnline(...args);
    save();
  };
  const handlers = createHandlers(sim);
  self.__SNOW_SIMULATOR__ = sim;
  const serve = (port: MessagePort) => {
    port.onmessage = (event: MessageEvent) => {
      void answerMessage(handlers, event.data).then((reply) => port.postMessage(reply, 'body' in reply && reply.body ? [reply.body] : []));
    };
  };
  return { sim, serve };
}

let running: ReturnType<typeof start> | undefined;
const early: MessagePort[] = [];
self.onmessage = (event: MessageEvent<PageToSimulator>) => {
  const message = event.data;
  if (message.type === 'init') {
    const started = start(message);
    running = started;
    early.splice(0).forEach((port) => started.serve(port));
  } else if (message.type === 'connect' && event.ports[0]) {
    if (running) running.serve(event.ports[0]);
    else early.push(event.ports[0]);
  } else if (message.type === 'stats') {
    post({ type: 'stats', id: message.id, stats: running?.sim.stats() });
  } else if (message.type === 'reset-stats') {
    running?.sim.resetStats();
  }
};
