import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { planSubmission, type WavePlan } from './batching';
import type { SendBatch } from './send-batch';
import { sendWaves, type WaveDeps } from './waves';

const targets = (n: number) => Array.from({ length: n }, (_, i) => ({ managedDeviceId: `smd-${String(i).padStart(14, '0')}`, region: 'us-west-2' }));
const MIN = 60_000;

/** A fake service: tasks it created and their execution states, which the test moves on. */
function fakeService() {
  const tasks = new Map<string, string[]>();
  const sent: string[][] = [];
  let listed = 0;
  const send: SendBatch = async (_r, input, onSend) => {
    onSend();
    const id = `st-${tasks.size + 1}`;
    tasks.set(id, input.targets!.map(() => 'QUEUED'));
    sent.push(input.targets!);
    return { taskId: id };
  };
  return {
    sent,
    tasks,
    listed: () => listed,
    /** Ends every execution of a task with these states, in turn. */
    end(taskId: string, ...states: string[]) {
      const n = tasks.get(taskId)!.length;
      tasks.set(taskId, Array.from({ length: n }, (_, i) => states[i % states.length]!));
    },
    deps(signal?: AbortSignal): WaveDeps {
      return {
        send,
        signal,
        pollMs: 5_000,
        listExecutions: async (_r, taskId) => {
          listed++;
          return (tasks.get(taskId) ?? []).map((state) => ({ state }));
        },
      };
    },
  };
}

function plan(n: number, waves: WavePlan) {
  return planSubmission({ command: 'reboot', targets: targets(n), waves }, () => crypto.randomUUID());
}

beforeEach(() => void vi.useFakeTimers());
afterEach(() => void vi.useRealTimers());

describe('waves', () => {
  it('sends a wave only after the previous wave’s executions have ended', async () => {
    const svc = fakeService();
    const op = plan(30, { size: 10, waitMs: 30 * MIN });
    const done = sendWaves(op, svc.deps());
    await vi.advanceTimersByTimeAsync(60_000);
    expect(svc.sent).toHaveLength(1);
    expect(op.batches.map((b) => b.state)).toEqual(['accepted', 'pending', 'pending']);
    svc.end('st-1', 'SUCCEEDED');
    await vi.advanceTimersByTimeAsync(5_000);
    expect(svc.sent).toHaveLength(2);
    svc.end('st-2', 'SUCCEEDED');
    await vi.advanceTimersByTimeAsync(5_000);
    await done;
    expect(svc.sent).toHaveLength(3);
    expect(op.halt).toBeUndefined();
  });

  it('sends the next wave once the wave’s wait has passed, even while executions still run', async () => {
    const svc = fakeService();
    const op = plan(20, { size: 10, waitMs: 2 * MIN });
    const done = sendWaves(op, svc.deps());
    await vi.advanceTimersByTimeAsync(2 * MIN - 1_000);
    expect(svc.sent).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1_000);
    await done;
    expect(svc.sent).toHaveLength(2);
    // Read every 5 s meanwhile, not more often.
    expect(svc.listed()).toBeLessThanOrEqual(2 * 12 + 1);
  });

  it('stops when the rule fires on ended executions, holding what was not sent', async () => {
    const svc = fakeService();
    const op = plan(30, { size: 10, waitMs: 30 * MIN, rule: { failureTypes: ['FAILED', 'TIMED_OUT', 'REJECTED'], thresholdPercent: 30, minEnded: 5 } });
    const done = sendWaves(op, svc.deps());
    await vi.advanceTimersByTimeAsync(0);
    // 3 ended, all failed: under the minimum of 5, so the rule may not fire yet.
    svc.tasks.set('st-1', ['FAILED', 'FAILED', 'TIMED_OUT', ...Array.from({ length: 7 }, () => 'IN_PROGRESS')]);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(op.halt).toBeUndefined();
    svc.tasks.set('st-1', ['FAILED', 'FAILED', 'TIMED_OUT', 'SUCCEEDED', 'SUCCEEDED', 'SUCCEEDED', ...Array.from({ length: 4 }, () => 'IN_PROGRESS')]);
    await vi.advanceTimersByTimeAsync(5_000);
    await done;
    expect(svc.sent).toHaveLength(1);
    expect(op.batches.map((b) => b.state)).toEqual(['accepted', 'held', 'held']);
    expect(op.halt).toMatchObject({ cause: 'rule', text: 'Stopped by the stop rule: 3 of 6 ended executions failed, timed out or were rejected (50%, the limit is 30%).' });
  });

  it('counts only the rule’s failure types', async () => {
    const svc = fakeService();
    const op = plan(20, { size: 10, waitMs: 30 * MIN, rule: { failureTypes: ['FAILED'], thresholdPercent: 10, minEnded: 1 } });
    const done = sendWaves(op, svc.deps());
    await vi.advanceTimersByTimeAsync(0);
    svc.end('st-1', 'TIMED_OUT', 'REJECTED', 'SUCCEEDED');
    await vi.advanceTimersByTimeAsync(5_000);
    await done;
    expect(svc.sent).toHaveLength(2);
    expect(op.halt).toBeUndefined();
  });

  it('stops the rule when the executions cannot be read, rather than sending blind', async () => {
    const svc = fakeService();
    const op = plan(20, { size: 10, waitMs: 30 * MIN, rule: { failureTypes: ['FAILED'], thresholdPercent: 10, minEnded: 1 } });
    const denied = Object.assign(new Error('not allowed'), { name: 'AccessDeniedException', command: 'ListExecutions' });
    const done = sendWaves(op, { ...svc.deps(), listExecutions: async () => Promise.reject(denied) });
    await vi.advanceTimersByTimeAsync(0);
    await done;
    expect(svc.sent).toHaveLength(1);
    expect(op.halt?.cause).toBe('error');
    expect(op.halt?.text).toMatch(/^The stop rule could not be checked \(Access denied\)/);
  });

  it('stops on the operator’s Stop while waiting, and resumes with the next wave at once, the rule counting afresh', async () => {
    const svc = fakeService();
    const rule = { failureTypes: ['FAILED'] as const, thresholdPercent: 50, minEnded: 1 };
    const op = plan(30, { size: 10, waitMs: 30 * MIN, rule: { ...rule, failureTypes: [...rule.failureTypes] } });
    const stop = new AbortController();
    const done = sendWaves(op, svc.deps(stop.signal));
    await vi.advanceTimersByTimeAsync(10_000);
    stop.abort();
    await done;
    expect(op.halt?.cause).toBe('operator');
    expect(op.batches.map((b) => b.state)).toEqual(['accepted', 'held', 'held']);
    // Wave 1 failed entirely meanwhile: on resume the rule counts only what is sent from here on.
    svc.end('st-1', 'FAILED');
    const again = sendWaves(op, svc.deps());
    await vi.advanceTimersByTimeAsync(0);
    expect(svc.sent).toHaveLength(2);
    svc.end('st-2', 'SUCCEEDED');
    await vi.advanceTimersByTimeAsync(5_000);
    await again;
    expect(svc.sent).toHaveLength(3);
    expect(op.halt).toBeUndefined();
  });

  it('stops the next waves when a task could not be created', async () => {
    const svc = fakeService();
    const op = plan(20, { size: 10, waitMs: MIN });
    const quota = Object.assign(new Error('quota reached'), { name: 'ServiceQuotaExceededException' });
    await sendWaves(op, { ...svc.deps(), send: async (_r, _i, onSend) => (onSend(), Promise.reject(quota)) });
    expect(op.batches.map((b) => b.state)).toEqual(['failed', 'held']);
    expect(op.halt).toMatchObject({ cause: 'error' });
    expect(op.halt?.text).toMatch(/^A task could not be created \(Service quota exceeded\)\. quota reached\./);
  });
});
