import { afterEach, describe, expect, it, vi } from 'vitest';
import { keepUpdateFailuresQuiet, refuseServiceRequestsWhileLeaving } from './worker-guards';

afterEach(() => vi.restoreAllMocks());

describe("the simulator's worker on a poor link", () => {
  it('lets a failed update of the worker script pass without an unhandled rejection', async () => {
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    const registration = { update: () => Promise.reject(new TypeError('Failed to update a ServiceWorker: An unknown error occurred when fetching the script.')) };
    keepUpdateFailuresQuiet(registration as unknown as ServiceWorkerRegistration);
    void registration.update(); // as MSW calls it: without waiting for the answer
    await new Promise((resolve) => setTimeout(resolve, 20));
    process.off('unhandledRejection', unhandled);
    expect(unhandled).not.toHaveBeenCalled();
    await expect(registration.update()).rejects.toThrow(/Failed to update/);
  });

  it('refuses requests for the fleet once the page is being left, and lets the rest through', async () => {
    const page = new EventTarget() as EventTarget & Pick<Window, 'fetch' | 'location'>;
    const sent: string[] = [];
    page.fetch = async (input) => {
      sent.push(input instanceof Request ? input.url : String(input));
      return new Response('{}');
    };
    Object.assign(page, { location: { href: 'http://127.0.0.1:4174/devices' } });
    refuseServiceRequestsWhileLeaving(page as unknown as Window);

    await page.fetch('https://snow-device-management.us-west-2.amazonaws.com/managed-devices');
    page.dispatchEvent(new Event('beforeunload'));
    for (const url of ['https://snow-device-management.us-west-2.amazonaws.com/managed-devices', 'https://sts.us-west-2.amazonaws.com/', '/sdm/us-west-2/managed-devices']) {
      await expect(page.fetch(url)).rejects.toThrow('The simulated fleet stopped answering: the page is being left.');
    }
    await page.fetch('/assets/routes.js');
    expect(sent).toEqual(['https://snow-device-management.us-west-2.amazonaws.com/managed-devices', '/assets/routes.js']);
  });
});
