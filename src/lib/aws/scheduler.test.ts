import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../query-client';
import { simulatedConnection } from './connection';
import { sdmQuery } from './query';
import { inputKey, scheduleSdm } from './scheduler';
// The simulator is loaded when the test runs, never by an import of src/ code.
const { simulatorFixture } = await import('../../../mocks/test-utils');

const region = 'us-west-2';
const { sim, server } = simulatorFixture();

/** The clientToken of every CreateTask the simulated service received. */
function createTaskTokens(): string[] {
  const tokens: string[] = [];
  server.events.on('request:start', ({ request }) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/task') {
      void request.clone().json().then((body: { clientToken?: string }) => tokens.push(body.clientToken ?? ''));
    }
  });
  return tokens;
}

const sends = (name: string) => sim.stats().requests[name] ?? 0;

describe('scheduleSdm against the simulated service', () => {
  it('keys inputs independently of member order', () => {
    expect(inputKey({ a: 1, b: { d: 2, c: 3 } })).toBe(inputKey({ b: { c: 3, d: 2 }, a: 1 }));
    expect(inputKey({ a: 1 })).not.toBe(inputKey({ a: 2 }));
  });

  it('merges identical reads in the same region, never writes or other regions', async () => {
    const connection = simulatedConnection([region, 'eu-west-1']);
    sim.resetStats();
    const device = sim.devices(region)[0]!;
    const input = { managedDeviceId: device.id };
    const [a, b] = await Promise.all([
      scheduleSdm(connection, region, 'DescribeDevice', input),
      scheduleSdm(connection, region, 'DescribeDevice', { ...input }),
      scheduleSdm(connection, 'eu-west-1', 'DescribeDevice', input).catch(() => undefined),
    ]);
    expect(a).toBe(b);
    const tag = { resourceArn: a.managedDeviceArn!, tags: { team: 'blue' } };
    await Promise.all([scheduleSdm(connection, region, 'TagResource', tag), scheduleSdm(connection, region, 'TagResource', tag)]);
    expect(sends('DescribeDevice')).toBe(2);
    expect(sends('TagResource')).toBe(2);
  });

  describe('budget under a persistent InternalServerException', () => {
    it('sends one read three times, and a query through the app\'s QueryClient no more', async () => {
      const connection = simulatedConnection([region], 'direct');
      const managedDeviceId = sim.devices(region)[1]!.id;
      sim.setScenario({ error: { operation: 'DescribeDevice', rate: 1, exception: 'InternalServerException' } });
      sim.resetStats();
      const error = await scheduleSdm(connection, region, 'DescribeDevice', { managedDeviceId }).catch((e: Error) => e);
      expect(error).toMatchObject({ name: 'InternalServerException', command: 'DescribeDevice', region });
      expect(sends('DescribeDevice')).toBe(3);
      sim.resetStats();
      await createQueryClient().fetchQuery(sdmQuery(connection, region, 'DescribeDevice', { managedDeviceId })).catch(() => undefined);
      expect(sends('DescribeDevice')).toBe(3);
    });

    it('sends one CreateTask batch three times, always with its clientToken, and creates no second task', async () => {
      const connection = simulatedConnection([region]);
      const tokens = createTaskTokens();
      sim.setScenario({ error: { operation: 'CreateTask', rate: 1, exception: 'InternalServerException' } });
      sim.resetStats();
      const targets = sim.devices(region).slice(10, 20).map((d) => d.id);
      const input = { clientToken: 'budget-check-token-0001', targets, command: { reboot: {} } };
      const counted: number[] = [];
      const error = await scheduleSdm(connection, region, 'CreateTask', input, { onSend: (n) => counted.push(n) }).catch((e: Error) => e);
      expect(error).toMatchObject({ name: 'InternalServerException' });
      expect(sends('CreateTask')).toBe(3);
      expect(counted).toEqual([1, 2, 3]);
      await expect.poll(() => tokens.length).toBe(3);
      expect(new Set(tokens)).toEqual(new Set(['budget-check-token-0001']));
      // The fault clears: the same input is accepted once, and sending it again returns the same task.
      sim.setScenario({ error: undefined });
      const first = await scheduleSdm(connection, region, 'CreateTask', input);
      const again = await scheduleSdm(connection, region, 'CreateTask', input);
      expect(again.taskId).toBe(first.taskId);
    });
  });
});
