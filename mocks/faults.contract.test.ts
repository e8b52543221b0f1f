import { DescribeDeviceCommand, ListDevicesCommand, ListTagsForResourceCommand, ListTasksCommand, TagResourceCommand, UntagResourceCommand } from '@aws-sdk/client-snow-device-management';
import { describe, expect, it } from 'vitest';
import { parseScenario } from './scenario';
import { errorOf, firstOf, simulatorFixture } from './test-utils';

const { sim, client } = simulatorFixture({ devices: 20 });

describe('scenarios', () => {
  it('throttles above N requests per second per operation with a 429 ThrottlingException', async () => {
    sim.setScenario({ throttlePerSecond: 3 });
    const id = sim.wellKnown().compute;
    const results = await Promise.allSettled(Array.from({ length: 5 }, () => client.send(new DescribeDeviceCommand({ managedDeviceId: id }))));
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(3);
    const e = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason;
    expect(e.name).toBe('ThrottlingException');
    expect(e.$metadata.httpStatusCode).toBe(429);
    // Another operation has its own budget.
    await expect(client.send(new ListDevicesCommand({}))).resolves.toBeDefined();
    expect(sim.stats().throttled).toBeGreaterThanOrEqual(2);
  });

  it('denies the operations the scenario names with a 403 AccessDeniedException, and only those', async () => {
    sim.setScenario({ deny: ['ListTasks'] });
    const e = await errorOf(client.send(new ListTasksCommand({})));
    expect(e.name).toBe('AccessDeniedException');
    expect(e.$metadata.httpStatusCode).toBe(403);
    expect(e.message).toContain('snow-device-management:ListTasks');
    const arn = firstOf((await client.send(new ListDevicesCommand({ maxResults: 1 }))).devices, 'devices').managedDeviceArn!;
    await expect(client.send(new ListTagsForResourceCommand({ resourceArn: arn }))).resolves.toBeDefined();
  });

  it('denies tag writes too (an IAM refusal, common to every AWS action), leaving the tags as they were', async () => {
    const arn = firstOf((await client.send(new ListDevicesCommand({ maxResults: 1 }))).devices, 'devices').managedDeviceArn!;
    const before = (await client.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags;
    sim.setScenario({ deny: ['TagResource', 'UntagResource'] });
    const tag = await errorOf(client.send(new TagResourceCommand({ resourceArn: arn, tags: { team: 'blue' } })));
    expect([tag.name, tag.$metadata.httpStatusCode]).toEqual(['AccessDeniedException', 403]);
    expect(tag.message).toContain('snow-device-management:TagResource');
    const untag = await errorOf(client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['Name'] })));
    expect(untag.name).toBe('AccessDeniedException');
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toEqual(before);
  });

  it('injects an error rate for one operation', async () => {
    sim.setScenario({ error: { operation: 'ListDevices', rate: 0.5, exception: 'InternalServerException' } });
    const results = await Promise.allSettled(Array.from({ length: 40 }, () => client.send(new ListDevicesCommand({ maxResults: 1 }))));
    const failed = results.filter((r) => r.status === 'rejected') as PromiseRejectedResult[];
    expect(failed.length).toBeGreaterThan(8);
    expect(failed.length).toBeLessThan(32);
    const { reason } = failed[0]!;
    expect(reason.name).toBe('InternalServerException');
    expect(reason.$metadata.httpStatusCode).toBe(500);
    await expect(client.send(new ListTasksCommand({}))).resolves.toBeDefined();
  });

  it('makes a vanished device disappear', async () => {
    const id = sim.wellKnown().full;
    sim.setScenario({ vanish: id });
    const listed = (await client.send(new ListDevicesCommand({ maxResults: 100 }))).devices!.map((d) => d.managedDeviceId);
    expect(listed).not.toContain(id);
    expect(listed).toHaveLength(19);
    expect((await errorOf(client.send(new DescribeDeviceCommand({ managedDeviceId: id })))).name).toBe('ResourceNotFoundException');
  });

  it('adds latency', async () => {
    sim.setScenario({ latencyMs: 120 });
    const t0 = performance.now();
    await client.send(new ListDevicesCommand({ maxResults: 1 }));
    expect(performance.now() - t0).toBeGreaterThanOrEqual(100);
  });

  it('reads scenarios from sim-* query parameters', () => {
    expect(parseScenario(new URLSearchParams('sim-devices=10000&sim-latency=80&sim-throttle=50&sim-error=CreateTask:1:ServiceQuotaExceededException&sim-deny=ListTasks,CreateTask&sim-vanish=smd-x&sim-speed=4'))).toEqual({
      devices: 10000,
      latencyMs: 80,
      throttlePerSecond: 50,
      error: { operation: 'CreateTask', rate: 1, exception: 'ServiceQuotaExceededException' },
      deny: ['ListTasks', 'CreateTask'],
      vanish: 'smd-x',
      speed: 4,
    });
  });

  it('builds a 10,000-device fleet deterministically', () => {
    sim.setScenario({ devices: 10_000 });
    const a = sim.devices().map((d) => d.id);
    expect(a).toHaveLength(10_000);
    expect(new Set(a).size).toBe(10_000);
    sim.setScenario({ devices: 20 });
    sim.setScenario({ devices: 10_000 });
    expect(sim.devices().map((d) => d.id)).toEqual(a);
    sim.setScenario({ devices: 20 });
  });
});
