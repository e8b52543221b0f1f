import { describe, expect, it } from 'vitest';
import { batchCounts, batchInput, planSubmission, retryBatch, sendBatches, TAGS, type SendBatch } from './batching';
import { descriptionError } from './description';

const targets = (n: number, region = 'us-west-2') => Array.from({ length: n }, (_, i) => ({ managedDeviceId: `smd-${region}-${i}`, region }));
let counter = 0;
const ids = () => `id-${++counter}`;
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
    const input = batchInput(op, op.batches[0]!);
    expect(input.command).toEqual({ unlock: {} });
    expect(input.tags).toEqual({ team: 'blue', [TAGS.operation]: op.id, [TAGS.command]: 'unlock', [TAGS.batch]: '1/1', [TAGS.retryOf]: 'op-1' });
    expect(input.description).toBe('Unlock yard');
  });
});

describe('sendBatches', () => {
  it('sends every batch once with its own token and never resends accepted ones', async () => {
    const op = planSubmission({ command: 'reboot', targets: targets(25) }, ids);
    const seen: string[] = [];
    const send: SendBatch = async (_r, input, onSend) => {
      onSend();
      seen.push(input.clientToken!);
      return { taskId: `st-${input.clientToken}` };
    };
    await sendBatches(op, send);
    expect(batchCounts(op)).toMatchObject({ accepted: 3, failed: 0 });
    expect(seen).toEqual(op.batches.map((b) => b.clientToken));
    expect(op.batches.map((b) => b.attempts)).toEqual([1, 1, 1]);
    await sendBatches(op, send);
    expect(seen).toHaveLength(3);
  });

  it('counts every send the scheduler makes of a batch, and keeps a batch pending until it is sent', async () => {
    const op = planSubmission({ command: 'reboot', targets: targets(5) }, ids);
    const states: string[] = [];
    const send: SendBatch = async (_r, _input, onSend) => {
      states.push(op.batches[0]!.state);
      onSend();
      onSend(); // the scheduler sent it again after a transient failure
      return { taskId: 'st' };
    };
    await sendBatches(op, send);
    expect(states).toEqual(['pending']);
    expect(op.batches[0]!.attempts).toBe(2);
  });

  it('leaves a failed batch failed and retries it alone with its original token', async () => {
    const op = planSubmission({ command: 'reboot', targets: targets(15) }, ids);
    let fail = true;
    const tokens: string[] = [];
    const send: SendBatch = async (_r, input, onSend) => {
      onSend();
      tokens.push(input.clientToken!);
      if (fail && input.tags![TAGS.batch] === '1/2') throw error('AccessDeniedException');
      return { taskId: 'st-x' };
    };
    await sendBatches(op, send);
    expect(op.batches.map((b) => b.state)).toEqual(['failed', 'accepted']);
    expect(op.batches[0]!.attempts).toBe(1);
    fail = false;
    await retryBatch(op, op.batches[0]!, send);
    expect(op.batches[0]!.state).toBe('accepted');
    expect(tokens.filter((t) => t === op.batches[0]!.clientToken)).toHaveLength(2);
  });

  it('stops between waves when the failure rate passes the threshold, and resumes', async () => {
    const op = planSubmission({ command: 'reboot', targets: targets(50), waveSize: 2, maxFailureRate: 0.2 }, ids);
    let rate = 0.5;
    const send: SendBatch = async () => ({ taskId: 'st' });
    await sendBatches(op, send, { failureRate: async () => rate });
    expect(op.batches.map((b) => b.state)).toEqual(['accepted', 'accepted', 'held', 'held', 'held']);
    expect(op.haltReason).toMatch(/50% of finished executions failed/);
    rate = 0;
    await sendBatches(op, send, { failureRate: async () => rate });
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
