import { afterEach, describe, expect, it, vi } from 'vitest';
import { untilWorkerControls } from './early-worker';

/** A service worker container whose registration's active worker claims the page when asked (or never). */
function fakeContainer(options: { controlled?: boolean; claims?: boolean } = {}) {
  const listeners = new Set<() => void>();
  const worker = { postMessage: vi.fn() };
  const container = {
    controller: (options.controlled ? worker : null) as object | null,
    ready: Promise.resolve({ active: worker }),
    addEventListener: (_: string, l: () => void) => listeners.add(l),
    removeEventListener: (_: string, l: () => void) => listeners.delete(l),
    claim() {
      container.controller = worker;
      for (const l of [...listeners]) l();
    },
    listeners,
  };
  if (options.claims) worker.postMessage.mockImplementation((m: { type: string }) => m.type === 'claim' && setTimeout(() => container.claim(), 5));
  vi.stubGlobal('navigator', { serviceWorker: container });
  return { container, worker, registration: { active: worker } as unknown as ServiceWorkerRegistration };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

describe('untilWorkerControls', () => {
  it('answers the controller at once when the worker already controls the page', async () => {
    const { container, worker, registration } = fakeContainer({ controlled: true });
    expect(await untilWorkerControls(registration)).toBe(worker);
    expect(worker.postMessage).not.toHaveBeenCalled();
    expect(container.listeners.size).toBe(0);
  });

  it('asks the active worker to claim a page it does not control, and waits for it', async () => {
    const { container, worker, registration } = fakeContainer({ claims: true });
    expect(await untilWorkerControls(registration)).toBe(worker);
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'claim' });
    expect(container.listeners.size).toBe(0);
  });

  it('fails with a reason after the limit when the worker never takes the page', async () => {
    vi.useFakeTimers();
    const { container, registration } = fakeContainer();
    const waiting = untilWorkerControls(registration, 3_000);
    const failed = expect(waiting).rejects.toThrow(/could not take this page/);
    await vi.advanceTimersByTimeAsync(3_000);
    await failed;
    expect(container.listeners.size).toBe(0);
  });
});
