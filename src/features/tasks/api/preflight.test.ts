import { describe, expect, it } from 'vitest';
import { simulatedConnection } from '@/lib/aws/connection';
import { createQueryClient } from '@/lib/query-client';
import { runPreflight, type Target } from './preflight';
// The simulator is loaded when the test runs, never by an import of src/ code.
const { simulatorFixture } = await import('../../../../mocks/test-utils');

const region = 'us-west-2';
const { sim } = simulatorFixture({ devices: 80 });
const connection = simulatedConnection([region]);
const t = (managedDeviceId: string): Target => ({ managedDeviceId, region });
const run = (command: 'reboot' | 'unlock', targets: Target[]) => runPreflight(connection, createQueryClient(), command, targets, 15);
const running = () => sim.devices(region).filter((d) => d.instances.some((i) => i.state.name === 'RUNNING'));
const createInSim = (targets: string[]) =>
  sim.handle('CreateTask', region, { params: {}, query: new URLSearchParams(), body: { targets, command: { reboot: {} } } }).body as { taskId: string };

describe('pre-flight with reads that fail', () => {
  it('says running instances could not be checked, on which devices and why, when DescribeDeviceEc2Instances is denied', async () => {
    sim.setScenario({ deny: ['DescribeDeviceEc2Instances'] });
    const { compute, locked } = sim.wellKnown(region);
    const p = await run('reboot', [t(compute), t(locked)]);
    expect(p.runningInstances).toEqual([]);
    expect(p.unchecked).toHaveLength(1);
    const [finding] = p.unchecked;
    expect(finding).toMatchObject({ check: 'instances', devices: [{ managedDeviceId: compute, region, name: sim.device(region, compute)!.tags.Name }] });
    expect(finding!.reason).toBe(`Access denied. Your role is not allowed to perform snow-device-management:DescribeDeviceEc2Instances in ${region}. Ask your administrator to grant that action.`);
    // The locked Snowcone has no compute: it had nothing to check, so it is not listed.
    expect(p.missing).toEqual([]);
  });

  it('does the same when the instances cannot be listed', async () => {
    sim.setScenario({ deny: ['ListDeviceResources'] });
    const p = await run('reboot', [t(sim.wellKnown(region).compute)]);
    expect(p.unchecked.map((u) => [u.check, u.devices.length])).toEqual([['instances', 1]]);
    expect(p.unchecked[0]!.reason).toMatch(/ListDeviceResources/);
  });

  it('calls a device missing only on ResourceNotFoundException; another failure makes it not described', async () => {
    const { full, locked } = sim.wellKnown(region);
    sim.setScenario({ vanish: full });
    const gone = await run('unlock', [t(full), t(locked)]);
    expect(gone.missing.map((d) => d.managedDeviceId)).toEqual([full]);
    expect(gone.unchecked).toEqual([]);
    sim.setScenario({ vanish: undefined, deny: ['DescribeDevice'] });
    const denied = await run('unlock', [t(full), t(locked)]);
    expect(denied.missing).toEqual([]);
    expect(denied.alreadyUnlocked).toEqual([]);
    expect(denied.unchecked.map((u) => [u.check, u.devices.map((d) => d.managedDeviceId).sort()])).toEqual([['describe', [full, locked].sort()]]);
  });

  it('says the "already queued or running" check could not run when ListTasks is denied', async () => {
    sim.setScenario({ deny: ['ListTasks'] });
    const ids = sim.devices(region).slice(10, 13).map((d) => d.id);
    const p = await run('unlock', ids.map(t));
    expect(p.busy).toEqual([]);
    expect(p.unchecked.map((u) => [u.check, u.devices.length])).toEqual([['busy', 3]]);
    expect(p.unchecked[0]!.reason).toMatch(/snow-device-management:ListTasks/);
  });

  it('narrows the busy finding to a task’s own targets when only its executions cannot be read', async () => {
    const [a, b, c] = sim.devices(region).slice(20, 23).map((d) => d.id) as [string, string, string];
    createInSim([a]);
    const clean = await run('unlock', [t(a), t(b), t(c)]);
    expect(clean.busy.map((x) => [x.managedDeviceId, x.state])).toEqual([[a, 'QUEUED']]);
    sim.setScenario({ deny: ['ListExecutions'] });
    const p = await run('unlock', [t(a), t(b), t(c)]);
    expect(p.busy).toEqual([]);
    expect(p.unchecked.map((u) => [u.check, u.devices.map((d) => d.managedDeviceId)])).toEqual([['busy', [a]]]);
    sim.setScenario({ deny: ['DescribeTask'] });
    const unknown = await run('unlock', [t(a), t(b), t(c)]);
    // Which devices the task targets is unknown: none of them can be called free of it.
    expect(unknown.unchecked.map((u) => [u.check, u.devices.length])).toEqual([['busy', 3]]);
  });

  it('lists every device with running instances, with its Name tag, never a truncated list', async () => {
    const devices = running();
    expect(devices.length).toBeGreaterThanOrEqual(12);
    const p = await run('reboot', devices.slice(0, 12).map((d) => t(d.id)));
    expect(p.unchecked).toEqual([]);
    expect(p.runningInstances).toHaveLength(12);
    const total = devices.slice(0, 12).reduce((n, d) => n + d.instances.filter((i) => i.state.name === 'RUNNING').length, 0);
    expect(p.runningInstances.reduce((n, d) => n + d.count, 0)).toBe(total);
    for (const d of p.runningInstances) expect(d.name).toBe(sim.device(region, d.managedDeviceId)!.tags.Name);
  });
});
