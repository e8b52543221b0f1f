import { SnowDeviceManagementClient } from '@aws-sdk/client-snow-device-management';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { manualClock } from './clock';
import { createSimServer } from './node';
import type { Scenario } from './scenario';

/** A simulator on a manual clock behind msw/node, and a real SDK client pointed at it. */
export function simulatorFixture(scenario: Partial<Scenario> = {}) {
  const clock = manualClock();
  const { server, sim } = createSimServer({ clock, scenario });
  const client = new SnowDeviceManagementClient({
    region: 'us-west-2',
    credentials: { accessKeyId: 'AKIDEXAMPLE', secretAccessKey: 'secret' },
    maxAttempts: 1,
  });
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    sim.setScenario({ latencyMs: 0, throttlePerSecond: 0, deny: [], error: undefined, vanish: undefined });
  });
  afterAll(() => server.close());
  return { sim, clock, client, server };
}

/** The first item of a list in a response (fails the test when the list is missing or empty). */
export function firstOf<T>(items: T[] | undefined, what = 'the list'): T {
  const [first] = items ?? [];
  if (first === undefined) throw new Error(`expected ${what} to have at least one item`);
  return first;
}

/** The error an SDK call rejected with (fails the test when it resolved). */
export async function errorOf(p: Promise<unknown>): Promise<{ name: string; message: string; $metadata: { httpStatusCode?: number } }> {
  try {
    await p;
  } catch (e) {
    return e as { name: string; message: string; $metadata: { httpStatusCode?: number } };
  }
  throw new Error('expected the call to fail');
}
