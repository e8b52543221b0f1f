import {
  DescribeDeviceCommand,
  DescribeDeviceEc2InstancesCommand,
  ListDeviceResourcesCommand,
  ListDevicesCommand,
  ListTagsForResourceCommand,
  TagResourceCommand,
  UntagResourceCommand,
  paginateListDeviceResources,
  paginateListDevices,
} from '@aws-sdk/client-snow-device-management';
import { describe, expect, it } from 'vitest';
import { errorOf, firstOf, simulatorFixture } from './test-utils';
import { expectModelled } from './model-check';

const { sim, client } = simulatorFixture({ devices: 250 });

describe('devices', () => {
  it('lists every device through the paginator, with real-looking ids and ARNs', async () => {
    const ids: string[] = [];
    let pages = 0;
    for await (const page of paginateListDevices({ client, pageSize: 100 }, {})) {
      pages++;
      expectModelled('ListDevicesOutput', page);
      ids.push(...(page.devices ?? []).map((d) => d.managedDeviceId!));
    }
    expect(pages).toBe(3);
    expect(new Set(ids).size).toBe(250);
    expect(ids.every((id) => /^smd-[a-z0-9]{14}$/.test(id))).toBe(true);
    const first = await client.send(new ListDevicesCommand({ maxResults: 1 }));
    const device = firstOf(first.devices, 'devices');
    expect(device.managedDeviceArn).toMatch(/^arn:aws:snow-device-management:us-west-2:\d{12}:managed-device\/smd-/);
    expect(device.associatedWithJob).toMatch(/^JID[0-9a-f-]{36}$/);
  });

  it('filters by job', async () => {
    const all = await client.send(new ListDevicesCommand({ maxResults: 100 }));
    const job = firstOf(all.devices, 'devices').associatedWithJob!;
    const filtered = [];
    for await (const page of paginateListDevices({ client }, { jobId: job })) filtered.push(...page.devices!);
    expect(filtered.length).toBeGreaterThan(0);
    expect(filtered.length).toBeLessThan(250);
    expect(filtered.every((d) => d.associatedWithJob === job)).toBe(true);
  });

  it('validates maxResults and nextToken', async () => {
    for (const maxResults of [0, 101]) {
      const e = await errorOf(client.send(new ListDevicesCommand({ maxResults })));
      expect(e.name).toBe('ValidationException');
      expect(e.$metadata.httpStatusCode).toBe(400);
    }
    expect((await errorOf(client.send(new ListDevicesCommand({ nextToken: 'bm90LWEtdG9rZW4=' })))).name).toBe('ValidationException');
    // A token from another operation's listing is not accepted either.
    const page = await client.send(new ListDeviceResourcesCommand({ managedDeviceId: sim.wellKnown().compute, maxResults: 1 }));
    expect(page.nextToken).toBeDefined();
    expect((await errorOf(client.send(new ListDevicesCommand({ nextToken: page.nextToken })))).name).toBe('ValidationException');
  });

  it('describes a device with capacities, interfaces, software and timestamps', async () => {
    const id = sim.wellKnown().compute;
    const d = await client.send(new DescribeDeviceCommand({ managedDeviceId: id }));
    expectModelled('DescribeDeviceOutput', d);
    expect(d.managedDeviceId).toBe(id);
    expect(d.deviceType).toBe('EDGE_C');
    expect(d.deviceState).toBe('UNLOCKED');
    expect(d.deviceCapacities!.map((c) => c.name)).toEqual(expect.arrayContaining(['SSD Storage', 'Memory', 'vCPU']));
    for (const c of d.deviceCapacities!) expect(c.used! + c.available!).toBe(c.total);
    expect(firstOf(d.physicalNetworkInterfaces, 'physicalNetworkInterfaces').physicalNetworkInterfaceId).toMatch(/^s\.ni-[0-9a-f]{17}$/);
    expect(d.software).toEqual({ installedVersion: expect.stringMatching(/^\d+$/), installingVersion: '131', installState: expect.any(String) });
    expect(d.lastReachedOutAt).toBeInstanceOf(Date);
    const sparse = await client.send(new DescribeDeviceCommand({ managedDeviceId: sim.wellKnown().sparse }));
    expect(sparse.software).toBeUndefined();
    expect(sparse.physicalNetworkInterfaces).toBeUndefined();
  });

  it('reports offline devices with a stale lastReachedOutAt', async () => {
    const d = await client.send(new DescribeDeviceCommand({ managedDeviceId: sim.wellKnown().offline }));
    expect(sim.clock.now() - d.lastReachedOutAt!.getTime()).toBeGreaterThan(86_400_000);
    const online = await client.send(new DescribeDeviceCommand({ managedDeviceId: sim.wellKnown().locked }));
    expect(sim.clock.now() - online.lastReachedOutAt!.getTime()).toBeLessThanOrEqual(60_000);
    expect(online.deviceState).toBe('LOCKED');
  });

  it('answers ResourceNotFoundException for unknown devices on every device operation', async () => {
    const managedDeviceId = 'smd-doesnotexist00';
    for (const command of [
      new DescribeDeviceCommand({ managedDeviceId }),
      new ListDeviceResourcesCommand({ managedDeviceId }),
      new DescribeDeviceEc2InstancesCommand({ managedDeviceId, instanceIds: [] }),
    ]) {
      const e = await errorOf(client.send(command as DescribeDeviceCommand));
      expect(e.name).toBe('ResourceNotFoundException');
      expect(e.$metadata.httpStatusCode).toBe(404);
    }
  });

  it('lists and describes EC2 instances', async () => {
    const managedDeviceId = sim.wellKnown().compute;
    const ids: string[] = [];
    for await (const page of paginateListDeviceResources({ client, pageSize: 1 }, { managedDeviceId, type: 'AWS::EC2::Instance' })) {
      expectModelled('ListDeviceResourcesOutput', page);
      ids.push(...page.resources!.map((r) => r.id!));
    }
    expect(ids).toHaveLength(3);
    const other = await client.send(new ListDeviceResourcesCommand({ managedDeviceId, type: 'AWS::Other' }));
    expect(other.resources).toEqual([]);
    const out = await client.send(new DescribeDeviceEc2InstancesCommand({ managedDeviceId, instanceIds: ids }));
    expectModelled('DescribeDeviceEc2Output', out);
    expect(out.instances).toHaveLength(3);
    const i = firstOf(out.instances, 'instances').instance!;
    expect(i.instanceId).toMatch(/^s\.i-[0-9a-f]{17}$/);
    expect(i.rootDeviceName).toBe('/dev/sda');
    expect(out.instances!.some((x) => x.instance!.state!.name === 'RUNNING')).toBe(true);
  });

  it('tags and untags a device, and rejects unknown ARNs', async () => {
    const arn = (await client.send(new DescribeDeviceCommand({ managedDeviceId: sim.wellKnown().locked }))).managedDeviceArn!;
    await client.send(new TagResourceCommand({ resourceArn: arn, tags: { team: 'blue', site: 'oslo' } }));
    expect((await client.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags).toMatchObject({ team: 'blue', site: 'oslo' });
    await client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['team', 'Name'] }));
    const tags = (await client.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags!;
    expect(tags.team).toBeUndefined();
    expect(tags.Name).toBeUndefined();
    expect(tags.site).toBe('oslo');
    const missing = arn.replace(/smd-\w+$/, 'smd-zzzzzzzzzzzzzz');
    expect((await errorOf(client.send(new ListTagsForResourceCommand({ resourceArn: missing })))).name).toBe('ResourceNotFoundException');
    expect((await errorOf(client.send(new TagResourceCommand({ resourceArn: 'not-an-arn', tags: { a: 'b' } })))).name).toBe('ValidationException');
  });

  it('checks tag input as the model does: tags and tagKeys required, no length, pattern or count constraint', async () => {
    const arn = (await client.send(new DescribeDeviceCommand({ managedDeviceId: sim.wellKnown().sparse }))).managedDeviceArn!;
    // The model's TagMap and TagKeys are plain strings: the service model sets no limits, so neither does the simulator
    // (the dashboard checks the standard AWS tagging rules itself, src/lib/rules/tags.ts).
    const many = Object.fromEntries(Array.from({ length: 60 }, (_, i) => [`k${i}`, 'v']));
    await client.send(new TagResourceCommand({ resourceArn: arn, tags: { ...many, ['x'.repeat(200)]: 'y'.repeat(300) } }));
    expect(Object.keys((await client.send(new ListTagsForResourceCommand({ resourceArn: arn }))).tags!)).toHaveLength(61);
    const noTags = await errorOf(client.send(new TagResourceCommand({ resourceArn: arn } as never)));
    expect([noTags.name, noTags.$metadata.httpStatusCode]).toEqual(['ValidationException', 400]);
    const noKeys = await errorOf(client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: [] })));
    expect(noKeys.name).toBe('ValidationException');
    // Removing a key the device does not have is not an error (the operation is idempotent).
    await client.send(new UntagResourceCommand({ resourceArn: arn, tagKeys: ['never-there'] }));
  });
});
