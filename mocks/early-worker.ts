/**
 * The demo build registers the simulator's worker from index.html before this code runs
 * (build/early-simulator-worker.ts). MSW reloads a page that a registered worker does not
 * control yet, so the simulator first waits until the worker has taken the page (it claims
 * its clients once active), for `limitMs` at most; without an early registration it goes on at once.
 */
export async function untilEarlyWorkerControls(workerUrl: string, limitMs = 3_000): Promise<void> {
  const container = navigator.serviceWorker;
  if (container.controller) return;
  const url = new URL(workerUrl, window.location.href).href;
  const registrations = await container.getRegistrations();
  const early = registrations.some((r) => [r.active, r.installing, r.waiting].some((w) => w?.scriptURL === url));
  if (!early || container.controller) return;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    const timer = setTimeout(done, limitMs);
    container.addEventListener('controllerchange', done);
  });
}
