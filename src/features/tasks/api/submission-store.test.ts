import { describe, expect, it } from 'vitest';
import { simulatedConnection } from '@/lib/aws/connection';
import { batchCounts, TAGS } from './batching';
import { groupOperations, type TaskInfo } from './operation-groups';
import { submissionStore } from './submission-store';
// The simulator is loaded when the test runs, never by an import of src/ code.
const { simulatorFixture } = await import('../../../../mocks/test-utils');

const region = 'us-west-2';
const { sim, server } = simulatorFixture({ devices: 40 });
const connection = simulatedConnection([region]);
const healthy = (n: number) => sim.devices(region).filter((d, i) => i >= 5 && !d.offlineSince && !sim.isFlaky(region, d.id)).slice(0, n).map((d) => d.id);
const tasksOf = (operation: string) => sim.listTasks(region).filter((t) => t.tags[TAGS.operation] === operation);

describe('submission store against the simulated service', () => {
  it('re-sends a group the service refused for a vanished device without it, with a new token, and names it', async () => {
    const ids = healthy(12);
    const gone = ids[3]!;
    sim.setScenario({ vanish: gone });
    const tokens: string[] = [];
    server.events.on('request:start', ({ request }) => {
      if (request.method === 'POST' && new URL(request.url).pathname === '/task') void request.clone().json().then((b: { clientToken: string }) => tokens.push(b.clientToken));
    });
    const { operation, done } = submissionStore.start(connection, { command: 'reboot', targets: ids.map((managedDeviceId) => ({ managedDeviceId, region })) });
    await done;
    const sub = submissionStore.get(operation.id)!;
    expect(batchCounts(sub)).toMatchObject({ accepted: 2, failed: 0, devicesSent: 11, devicesNotSent: 0, leftOut: [gone] });
    expect(sub.planned).toBe(11);
    expect(sub.halt).toBeUndefined();
    const created = tasksOf(operation.id);
    expect(created.map((t) => t.targets.length).sort((a, b) => a - b)).toEqual([2, 9]);
    expect(created.flatMap((t) => t.targets)).not.toContain(gone);
    // The refused request and its re-send carry different tokens: the input changed.
    await expect.poll(() => tokens.length).toBe(3);
    expect(new Set(tokens).size).toBe(3);
    expect(sub.batches[0]!.clientToken).not.toBe(operation.batches[0]!.clientToken);
    expect(created.find((t) => t.targets.length === 9)?.tags[TAGS.notFound]).toBe(gone);
  });

  it('tags every task with the planned size, so the service alone tells whether devices were never sent', async () => {
    const ids = healthy(25);
    const { operation, done } = submissionStore.start(connection, { command: 'unlock', targets: ids.map((managedDeviceId) => ({ managedDeviceId, region })) });
    await done;
    const created = tasksOf(operation.id);
    expect(created).toHaveLength(3);
    for (const t of created) {
      expect(t.tags).toMatchObject({ [TAGS.operation]: operation.id, [TAGS.command]: 'unlock', [TAGS.planned]: '25' });
      expect(Object.keys(t.tags).length).toBeLessThanOrEqual(50);
    }
    // As another browser would rebuild it: one task missing means 10 devices never sent.
    const infos = created.slice(1).map((t, order): TaskInfo => ({ taskId: t.taskId, region, state: 'COMPLETED', tags: t.tags, order, targets: t.targets, executions: Object.fromEntries(t.targets.map((d) => [d, 'SUCCEEDED'])) }));
    const [op] = groupOperations(infos);
    expect(op?.sending).toMatchObject({ state: 'stopped', notSent: created[0]!.targets.length, planned: 25, held: false });
  });
});
