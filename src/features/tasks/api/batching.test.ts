import { describe, expect, it } from 'vitest';
import { batchCounts, batchInput, planSubmission, retryBatch, sendBatches, TAGS, type SendBatch } from './batching';
import { descriptionError } from './description';

const targets = (n: number, region = 'us-west-2') => Array.from({ length: n }, (_, i) => ({ managedDeviceId: `smd-${region}-${i}`, region }));
let counter = 0;
const ids = () => `id-${++counter}`;
const noSleep = () => Promise.resolve();
const error = (name: string) => Object.assign(new Error(name), { name });

describe('planSubmission', () => {
  it('splits per region into batches of at most 10, each with its own token', () => {
    const op = planSubmission({ command: 'reboot', targets: [...targets(25), ...targets(3, 'eu-west-1')] }, ids);
    expect(op.batches.map((b) => [b.region, b.targets.length])).toEqual([
      ['us-west-2', 10], ['us-west-2', 10], ['us-west-2', 5], ['eu-west-1', 3],
    ]);
    expect(new Set(op.batches.map((b) => b.clientToken)).size).toBe(4);
  });

  it('drops duplicate devices and tags every batch with the operation', () => {
    const op = planSubmission({ command: 'unlock', targets: [...targets(2), ...targets(2)], tags: { team: 'blue' }, retryOf: 'op-1', description: 'Unlock yard' }, ids);
    expect(op.batches).toHaveLength(1);
    const input = batchInput(op, op.batches[0]);
    expect(input.command).toEqual({ unlock: {} });
    expect(input.tags).toEqual({ team: 'blue', [TAGS.operation]: op.id, [TAGS.command]: 'unlock', [TAGS.batch]: '1/1', [TAGS.retryOf]: 'op-1' });
    expect(input.description).toBe('Unlock yard');
  });
});

describe('sendBatches', () => {
  it('retries throttled batches with the same token and never resends accepted ones', async () => {
    const op = planSubmission({ command: 'reboot', targets: targets(25) }, ids);
    const seen: string[] = [];
    let throttled = 0;
    const send: SendBatch = async (_r, input) => {
      seen.push(input.clientToken!);
      if (input.tags![TAGS.batch] === '2/3' && throttled++ < 2) throw error('ThrottlingException');
      return { taskId: `st-${input.clientToken}` };
    };
    await sendBatches(op, send, { sleep: noSleep, minIntervalMs: 0 });
    expect(batchCounts(op)).toMatchObject({ accepted: 3, failed: 0 });
    const second = op.batches[1].clientToken;
    expect(seen.filter((t) => t === second)).toHaveLength(3);
    await sendBatches(op, send, { sleep: noSleep, minIntervalMs: 0 });
    expect(seen).toHaveLength(5);
  });

  it('leaves a failed batch failed and retries it alone with its original token', async () => {
    const op = planSubmission({ command: 'reboot', targets: targets(15) }, ids);
    let fail = true;
    const tokens: string[] = [];
    const send: SendBatch = async (_r, input) => {
      tokens.push(input.clientToken!);
      if (fail && input.tags![TAGS.batch] === '1/2') throw error('AccessDeniedException');
      return { taskId: 'st-x' };
    };
    await sendBatches(op, send, { sleep: noSleep, minIntervalMs: 0 });
    expect(op.batches.map((b) => b.state)).toEqual(['failed', 'accepted']);
    expect(op.batches[0].attempts).toBe(1);
    fail = false;
    await retryBatch(op, op.batches[0], send, { sleep: noSleep });
    expect(op.batches[0].state).toBe('accepted');
    expect(tokens.filter((t) => t === op.batches[0].clientToken)).toHaveLength(2);
  });

  it('keeps at most `concurrency` batches in flight', async () => {
    const op = planSubmission({ command: 'reboot', targets: targets(60) }, ids);
    let inFlight = 0;
    let peak = 0;
    const send: SendBatch = async () => {
      peak = Math.max(peak, ++inFlight);
      await new Promise((r) => setTimeout(r, 2));
      inFlight--;
      return { taskId: 'st' };
    };
    await sendBatches(op, send, { concurrency: 2, minIntervalMs: 0 });
    expect(peak).toBe(2);
    expect(batchCounts(op).accepted).toBe(6);
  });

  it('stops between waves when the failure rate passes the threshold, and resumes', async () => {
    const op = planSubmission({ command: 'reboot', targets: targets(50), waveSize: 2, maxFailureRate: 0.2 }, ids);
    let rate = 0.5;
    const send: SendBatch = async () => ({ taskId: 'st' });
    await sendBatches(op, send, { sleep: noSleep, minIntervalMs: 0, failureRate: async () => rate });
    expect(op.batches.map((b) => b.state)).toEqual(['accepted', 'accepted', 'held', 'held', 'held']);
    expect(op.haltReason).toMatch(/50% of finished executions failed/);
    rate = 0;
    await sendBatches(op, send, { sleep: noSleep, minIntervalMs: 0, failureRate: async () => rate });
    expect(batchCounts(op).accepted).toBe(5);
  });
});

describe('descriptionError', () => {
  it('names the first character that is not allowed', () => {
    expect(descriptionError('Reboot berlin, batch #1!')).toBeUndefined();
    expect(descriptionError('Reboot; now')).toBe('";" at position 7 is not allowed. Use letters A-Z and a-z, digits, spaces and _ . , ! # only.');
    expect(descriptionError('x'.repeat(129))).toMatch(/at most 128 characters \(129 now\)/);
  });
});
