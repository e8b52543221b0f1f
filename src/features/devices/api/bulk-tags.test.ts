import { describe, expect, it } from 'vitest';
import { simulatedConnection } from '@/lib/aws/connection';
import { onDeviceChange, type DeviceRef } from '@/lib/device-refresh';
import { createQueryClient } from '@/lib/query-client';
import { planDevice, type TagEdit } from '../model/tag-diff';
import { sendBulkTags, type DeviceOutcome } from './bulk-tags';
// The simulator is loaded when the test runs, never by an import of src/ code.
const { simulatorFixture } = await import('../../../../mocks/test-utils');

const region = 'us-west-2';
const { sim } = simulatorFixture({ devices: 20 });

/** Plans for the fleet's devices from the simulator's own tags. */
function plans(ids: string[], edits: TagEdit[], arn = (id: string) => sim.device(region, id)!.arn) {
  return ids.map((id) => planDevice({ region, managedDeviceId: id, resourceArn: arn(id), tags: { ...sim.device(region, id)!.tags } }, edits));
}

async function send(connection: ReturnType<typeof simulatedConnection>, p: ReturnType<typeof plans>) {
  const outcomes = new Map<string, DeviceOutcome>();
  const announced: DeviceRef[] = [];
  const stop = onDeviceChange((d) => announced.push(...d));
  await sendBulkTags(connection, createQueryClient(), p, (key, o) => outcomes.set(key, o));
  stop();
  return { outcomes, announced };
}

describe('sending a bulk tag edit', () => {
  it('writes and removes on every device, keeps going after one fails, and announces the devices it sent to', async () => {
    const ids = sim.devices(region).slice(5, 10).map((d) => d.id);
    for (const id of ids) sim.device(region, id)!.tags.old = 'x';
    const edits: TagEdit[] = [{ action: 'set', key: 'rollout', value: 'wave-1' }, { action: 'remove', key: 'old' }];
    const missing = ids[2]!;
    const p = plans(ids, edits, (id) => (id === missing ? sim.device(region, id)!.arn.replace(id, 'smd-zzzzzzzzzzzzzz') : sim.device(region, id)!.arn));
    const { outcomes, announced } = await send(simulatedConnection([region]), p);
    for (const id of ids.filter((x) => x !== missing)) {
      expect(outcomes.get(`${region}|${id}`)).toEqual({ state: 'done' });
      expect(sim.device(region, id)!.tags.rollout).toBe('wave-1');
      expect(sim.device(region, id)!.tags.old).toBeUndefined();
    }
    expect(outcomes.get(`${region}|${missing}`)).toMatchObject({ state: 'failed', error: { name: 'ResourceNotFoundException' } });
    expect(announced.map((d) => d.managedDeviceId).sort()).toEqual([...ids].sort());
  });

  it('stops at an access denial: the devices not yet sent are said not sent, and nothing more is sent', async () => {
    sim.setScenario({ deny: ['TagResource'] });
    sim.resetStats();
    const ids = sim.devices(region).slice(5, 20).map((d) => d.id);
    const { outcomes } = await send(simulatedConnection([region]), plans(ids, [{ action: 'set', key: 'team', value: 'blue' }]));
    const states = [...outcomes.values()].map((o) => o.state);
    expect(states.filter((s) => s === 'failed').length).toBeGreaterThan(0);
    expect(states.filter((s) => s === 'not-sent').length).toBeGreaterThan(0);
    expect(states.filter((s) => s === 'done')).toEqual([]);
    // At most one lane's worth (4 in flight) reached the service.
    expect(sim.stats().requests.TagResource).toBeLessThanOrEqual(8);
    expect(sim.stats().requests.TagResource).toBe(states.filter((s) => s === 'failed').length);
  });
});
