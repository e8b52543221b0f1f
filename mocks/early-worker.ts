/**
 * The simulator's service worker once it controls this page. Demo builds register it from
 * index.html before the dashboard's code runs (build/early-simulator-worker.ts), so it is
 * usually installed by now. A worker claims its pages when it activates; a page loaded past
 * it (a hard reload) asks the active worker to claim it. Fails after `limitMs` without control.
 */
export async function untilWorkerControls(registration: ServiceWorkerRegistration, limitMs = 10_000): Promise<ServiceWorker> {
  const container = navigator.serviceWorker;
  if (container.controller) return container.controller;
  const controlled = new Promise<ServiceWorker>((resolve, reject) => {
    const done = () => {
      if (!container.controller) return;
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve(container.controller);
    };
    const timer = setTimeout(() => {
      container.removeEventListener('controllerchange', done);
      reject(new Error('The simulated service could not take this page. Reload the page.'));
    }, limitMs);
    container.addEventListener('controllerchange', done);
  });
  const ready = await container.ready;
  if (!container.controller) (ready.active ?? registration.active)?.postMessage({ type: 'claim' });
  return controlled;
}
