import {
  CancelTaskCommand,
  CreateTaskCommand,
  DescribeDeviceCommand,
  DescribeExecutionCommand,
  DescribeTaskCommand,
  ListExecutionsCommand,
  ListTasksCommand,
  paginateListExecutions,
  paginateListTasks,
  type CreateTaskCommandInput,
} from '@aws-sdk/client-snow-device-management';
import { describe, expect, it } from 'vitest';
import { expectModelled } from './model-check';
import { errorOf, simulatorFixture } from './test-utils';

const { sim, clock, client } = simulatorFixture({ devices: 40 });
const healthy = () => sim.devices().filter((d, i) => i >= 5 && !d.offlineSince && !sim.isFlaky('us-west-2', d.id)).map((d) => d.id);
/** Healthy device `n` (fails the test when the fleet has fewer). */
const healthyId = (n: number) => {
  const id = healthy()[n];
  if (id === undefined) throw new Error(`expected at least ${n + 1} healthy devices in the fleet`);
  return id;
};
const create = (input: Partial<CreateTaskCommandInput>) =>
  client.send(new CreateTaskCommand({ command: { reboot: {} }, targets: [healthyId(0)], ...input } as CreateTaskCommandInput));
const execState = async (taskId: string, managedDeviceId: string) => (await client.send(new DescribeExecutionCommand({ taskId, managedDeviceId }))).state;

describe('task validation', () => {
  it.each([
    ['no targets', { targets: [] }],
    ['11 targets', { targets: Array.from({ length: 11 }, (_, i) => `smd-${i}`) }],
    ['a description with forbidden characters', { description: 'reboot; rm -rf' }],
    ['a description of 129 characters', { description: 'a'.repeat(129) }],
    ['an empty description', { description: '' }],
    ['no command', { command: {} }],
    ['two commands', { command: { reboot: {}, unlock: {} } }],
    ['a client token with spaces', { clientToken: 'has space' }],
    ['a client token of 65 characters', { clientToken: 'x'.repeat(65) }],
    ['the same device twice', { targets: [healthyId(0), healthyId(0)] }],
  ])('rejects %s with ValidationException', async (_name, input) => {
    const before = sim.taskCount();
    const e = await errorOf(create(input as Partial<CreateTaskCommandInput>));
    expect(e.name).toBe('ValidationException');
    expect(e.$metadata.httpStatusCode).toBe(400);
    expect(sim.taskCount()).toBe(before);
  });

  it('accepts the full allowed description alphabet', async () => {
    const out = await create({ description: 'Reboot site_7, batch 1.2 #ok!' });
    expect(out.taskId).toMatch(/^st-[a-z0-9]{14}$/);
    expect(out.taskArn).toBe(`arn:aws:snow-device-management:us-west-2:123456789012:task/${out.taskId}`);
  });

  it('rejects unknown targets and unknown tasks with ResourceNotFoundException', async () => {
    expect((await errorOf(create({ targets: ['smd-doesnotexist00'] }))).name).toBe('ResourceNotFoundException');
    for (const command of [new DescribeTaskCommand({ taskId: 'st-none' }), new CancelTaskCommand({ taskId: 'st-none' }), new ListExecutionsCommand({ taskId: 'st-none' }), new DescribeExecutionCommand({ taskId: 'st-none', managedDeviceId: healthyId(0) })]) {
      expect((await errorOf(client.send(command as DescribeTaskCommand))).name).toBe('ResourceNotFoundException');
    }
  });

  it('is idempotent per clientToken and rejects a reused token with other input', async () => {
    const before = sim.taskCount();
    const a = await create({ clientToken: 'batch-1-of-3', targets: [healthyId(1)] });
    const b = await create({ clientToken: 'batch-1-of-3', targets: [healthyId(1)] });
    expect(b.taskId).toBe(a.taskId);
    expect(sim.taskCount()).toBe(before + 1);
    const e = await errorOf(create({ clientToken: 'batch-1-of-3', targets: [healthyId(2)] }));
    expect(e.name).toBe('ValidationException');
    expect(e.message).toMatch(/different parameters/);
  });
});

describe('task life cycle on the simulated clock', () => {
  it('runs one task at a time per device: the second waits QUEUED, then both succeed', async () => {
    const device = healthyId(3);
    const first = await create({ targets: [device], tags: { 'snow-dashboard:operation': 'op-1' } });
    const second = await create({ targets: [device], command: { unlock: {} } as CreateTaskCommandInput['command'] });
    expect(await execState(first.taskId!, device)).toBe('QUEUED');
    clock.advance(1500);
    expect(await execState(first.taskId!, device)).toBe('IN_PROGRESS');
    expect(await execState(second.taskId!, device)).toBe('QUEUED');
    clock.advance(4000);
    expect(await execState(first.taskId!, device)).toBe('SUCCEEDED');
    clock.advance(5000);
    expect(await execState(second.taskId!, device)).toBe('SUCCEEDED');
    const task = await client.send(new DescribeTaskCommand({ taskId: first.taskId }));
    expectModelled('DescribeTaskOutput', task);
    expect(task.state).toBe('COMPLETED');
    expect(task.completedAt!.getTime()).toBeGreaterThan(task.createdAt!.getTime());
    expect(task.tags).toEqual({ 'snow-dashboard:operation': 'op-1' });
    const exec = await client.send(new DescribeExecutionCommand({ taskId: first.taskId, managedDeviceId: device }));
    expectModelled('DescribeExecutionOutput', exec);
    expect(exec.executionId).toBe('1');
    expect(exec.startedAt).toBeInstanceOf(Date);
  });

  it('times out executions on an offline device', async () => {
    const offline = sim.wellKnown().offline;
    const t = await create({ targets: [offline, healthyId(4)] });
    clock.advance(10_000);
    expect(await execState(t.taskId!, offline)).toBe('QUEUED');
    expect(await execState(t.taskId!, healthyId(4))).toBe('SUCCEEDED');
    expect((await client.send(new DescribeTaskCommand({ taskId: t.taskId }))).state).toBe('IN_PROGRESS');
    clock.advance(15_000);
    expect(await execState(t.taskId!, offline)).toBe('TIMED_OUT');
    expect((await client.send(new DescribeTaskCommand({ taskId: t.taskId }))).state).toBe('COMPLETED');
  });

  it('unlocks a device: LOCKED, UNLOCKING, UNLOCKED', async () => {
    const managedDeviceId = sim.wellKnown().locked;
    const state = async () => (await client.send(new DescribeDeviceCommand({ managedDeviceId }))).deviceState;
    expect(await state()).toBe('LOCKED');
    await create({ targets: [managedDeviceId], command: { unlock: {} } as CreateTaskCommandInput['command'] });
    clock.advance(1500);
    expect(await state()).toBe('UNLOCKING');
    clock.advance(3000);
    expect(await state()).toBe('UNLOCKED');
  });

  it('makes a rebooting device unreachable, then refreshes lastReachedOutAt', async () => {
    const managedDeviceId = healthyId(5);
    const reached = async () => (await client.send(new DescribeDeviceCommand({ managedDeviceId }))).lastReachedOutAt!.getTime();
    await create({ targets: [managedDeviceId] });
    clock.advance(1000 + 2000);
    const during = await reached();
    clock.advance(1000);
    expect(await reached()).toBe(during);
    clock.advance(2000);
    const after = await reached();
    expect(after).toBeGreaterThan(during);
    expect(clock.now() - after).toBeLessThan(2000);
  });

  it('cancels queued executions, lets running ones finish, and refuses when nothing is left', async () => {
    const [a, b] = [healthyId(6), healthyId(7)];
    const running = await create({ targets: [a] });
    clock.advance(1500);
    const queued = await create({ targets: [a, b] });
    clock.advance(1500); // b has started; a is busy with the first task
    expect(await execState(queued.taskId!, a)).toBe('QUEUED');
    expect(await execState(queued.taskId!, b)).toBe('IN_PROGRESS');
    const out = await client.send(new CancelTaskCommand({ taskId: queued.taskId }));
    expect(out).toMatchObject({ taskId: queued.taskId });
    expect(await execState(queued.taskId!, a)).toBe('CANCELED');
    expect((await client.send(new DescribeTaskCommand({ taskId: queued.taskId }))).state).toBe('CANCELED');
    clock.advance(5000);
    expect(await execState(queued.taskId!, b)).toBe('SUCCEEDED');
    expect((await errorOf(client.send(new CancelTaskCommand({ taskId: queued.taskId })))).name).toBe('ValidationException');
    expect((await errorOf(client.send(new CancelTaskCommand({ taskId: running.taskId })))).name).toBe('ValidationException');
  });

  it('filters and paginates tasks and executions', async () => {
    const t = await create({ targets: healthy().slice(8, 18) });
    const ids: string[] = [];
    for await (const page of paginateListExecutions({ client, pageSize: 3 }, { taskId: t.taskId })) {
      expectModelled('ListExecutionsOutput', page);
      ids.push(...page.executions!.map((e) => e.managedDeviceId!));
    }
    expect(ids).toEqual(healthy().slice(8, 18));
    const queued = await client.send(new ListExecutionsCommand({ taskId: t.taskId, state: 'QUEUED' }));
    expect(queued.executions).toHaveLength(10);
    clock.advance(60_000);
    const inProgress = await client.send(new ListTasksCommand({ state: 'IN_PROGRESS' }));
    expect(inProgress.tasks).toEqual([]);
    const all = [];
    for await (const page of paginateListTasks({ client, pageSize: 2 }, {})) {
      expectModelled('ListTasksOutput', page);
      all.push(...page.tasks!);
    }
    expect(all).toHaveLength(sim.taskCount());
    expect((await errorOf(client.send(new ListTasksCommand({ state: 'RUNNING' as 'COMPLETED' })))).name).toBe('ValidationException');
  });
});
