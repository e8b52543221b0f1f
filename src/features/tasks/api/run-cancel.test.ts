import { QueryClient } from '@tanstack/react-query';
import { describe, expect, it } from 'vitest';
import { simulatedConnection } from '@/lib/aws/connection';
import { cancelPlan } from './cancel-plan';
import type { TaskInfo } from './operation-groups';
import { runCancel } from './run-cancel';
// The simulator is loaded when the test runs, never by an import of src/ code.
const { simulatorFixture } = await import('../../../../mocks/test-utils');

const region = 'us-west-2';
const { sim, clock } = simulatorFixture();
const connection = simulatedConnection([region]);

function createTask(targets: string[], command: 'reboot' | 'unlock'): string {
  const res = sim.handle('CreateTask', region, { params: {}, query: new URLSearchParams(), body: { targets, command: { [command]: {} } } });
  return (res.body as { taskId: string }).taskId;
}

/** An online device other than the well-known five, not yet used by another test. */
let next = 0;
const device = () => sim.devices(region).slice(5).filter((d) => d.offlineSince === undefined)[next++]!.id;

const queuedTask = (taskId: string, managedDeviceId: string): TaskInfo => ({ taskId, region, state: 'IN_PROGRESS', tags: {}, order: 0, executions: { [managedDeviceId]: 'QUEUED' } });
const client = () => new QueryClient({ defaultOptions: { queries: { retry: false } } });

describe('runCancel against the simulated service', () => {
  it('cancels a task queued behind a running one and reports the device canceled', async () => {
    const id = device();
    createTask([id], 'reboot');
    const second = createTask([id], 'unlock');
    clock.advance(1500); // the reboot runs, the unlock waits for the device
    const out = await runCancel(connection, cancelPlan([queuedTask(second, id)]), client());
    expect(out.canceled.map((d) => d.managedDeviceId)).toEqual([id]);
    expect(out.started).toEqual([]);
    expect(out.unknown).toEqual([]);
  });

  it('reports a device that left the queue before the cancel as started, not as an error', async () => {
    const id = device();
    const task = createTask([id], 'reboot');
    const plan = cancelPlan([queuedTask(task, id)]); // read while still queued
    clock.advance(1500); // …and picked up before CancelTask arrives: the service answers ValidationException
    const queryClient = client();
    const out = await runCancel(connection, plan, queryClient);
    expect(out.canceled).toEqual([]);
    expect(out.started.map((d) => [d.managedDeviceId, d.state])).toEqual([[id, 'IN_PROGRESS']]);
    expect(out.unknown).toEqual([]);
  });

  it('names what to do when CancelTask is denied, and leaves the execution queued', async () => {
    const id = device();
    createTask([id], 'reboot');
    const second = createTask([id], 'unlock');
    clock.advance(1500);
    sim.setScenario({ deny: ['CancelTask'] });
    const out = await runCancel(connection, cancelPlan([queuedTask(second, id)]), client());
    expect(out.canceled).toEqual([]);
    expect(out.unknown).toHaveLength(1);
    expect(out.unknown[0]?.reason).toMatch(/Access denied.*snow-device-management:CancelTask/);
  });
});
