import { describe, expect, it } from 'vitest';
import { batchCounts, batchInput, planSubmission, TAGS } from './batching';
import { descriptionError } from './description';
import { sendBatch, type SendBatch } from './send-batch';
import { retryBatch } from './waves';

const targets = (n: number, region = 'us-west-2') => Array.from({ length: n }, (_, i) => ({ managedDeviceId: `smd-${region}-${i}`, region }));
let counter = 0;
const ids = () => `id-${++counter}`;
const error = (name: string) => Object.assign(new Error(name), { name });

describe('planSubmission', () => {
  it('splits per region into batches of at most 10, each with its own token', () => {
    const op = planSubmission({ command: 'reboot', targets: [...targets(25), ...targets(3, 'eu-west-1')] }, ids);
    expect(op.batches.map((b) => [b.region, b.targets.length, b.wave])).toEqual([
      ['us-west-2', 10, 1], ['us-west-2', 10, 1], ['us-west-2', 5, 1], ['eu-west-1', 3, 1],
    ]);
    expect(new Set(op.batches.map((b) => b.clientToken)).size).toBe(4);
    expect(op.planned).toBe(28);
  });

  it('drops duplicate devices and tags every batch with the operation and its planned size', () => {
    const op = planSubmission({ command: 'unlock', targets: [...targets(2), ...targets(2)], tags: { team: 'blue' }, retryOf: 'op-1', description: 'Unlock yard' }, ids);
    expect(op.batches).toHaveLength(1);
    const input = batchInput(op, op.batches[0]!);
    expect(input.command).toEqual({ unlock: {} });
    expect(input.tags).toEqual({ team: 'blue', [TAGS.operation]: op.id, [TAGS.command]: 'unlock', [TAGS.batch]: '1/1', [TAGS.planned]: '2', [TAGS.retryOf]: 'op-1' });
    expect(input.description).toBe('Unlock yard');
  });

  it('plans waves of N devices in the order given, each split per region into batches', () => {
    const op = planSubmission({ command: 'reboot', targets: [...targets(15), ...targets(10, 'eu-west-1')], waves: { size: 12, waitMs: 60_000 } }, ids);
    expect(op.batches.map((b) => [b.wave, b.region, b.targets.length])).toEqual([
      [1, 'us-west-2', 10], [1, 'us-west-2', 2], [2, 'us-west-2', 3], [2, 'eu-west-1', 9], [3, 'eu-west-1', 1],
    ]);
    // Every task carries the whole operation's size, whichever wave it is in.
    expect(op.batches.map((b) => batchInput(op, b).tags![TAGS.planned])).toEqual(['25', '25', '25', '25', '25']);
  });

  it('keeps every dashboard tag within the tag rules', () => {
    const op = planSubmission({ command: 'reboot', targets: targets(10), retryOf: `op-${'x'.repeat(13)}` }, ids);
    op.batches[0]!.leftOut = Array.from({ length: 10 }, (_, i) => `smd-${String(i).padStart(14, '0')}`);
    const tags = batchInput(op, op.batches[0]!).tags!;
    expect(Object.keys(tags).length).toBeLessThanOrEqual(50);
    for (const v of Object.values(tags)) expect(v.length).toBeLessThanOrEqual(256);
    expect(tags[TAGS.notFound]?.split(' ')).toHaveLength(10);
  });
});

describe('sendBatch', () => {
  it('counts every send the scheduler makes of a batch, and keeps a batch pending until it is sent', async () => {
    const op = planSubmission({ command: 'reboot', targets: targets(5) }, ids);
    const states: string[] = [];
    const send: SendBatch = async (_r, _input, onSend) => {
      states.push(op.batches[0]!.state);
      onSend();
      onSend(); // the scheduler sent it again after a transient failure
      return { taskId: 'st' };
    };
    await sendBatch(op, op.batches[0]!, { send });
    expect(states).toEqual(['pending']);
    expect(op.batches[0]!.attempts).toBe(2);
    expect(batchCounts(op)).toMatchObject({ accepted: 1, devicesSent: 5, devicesNotSent: 0 });
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
    await Promise.all(op.batches.map((b) => sendBatch(op, b, { send })));
    expect(op.batches.map((b) => b.state)).toEqual(['failed', 'accepted']);
    expect(batchCounts(op).devicesNotSent).toBe(10);
    fail = false;
    await retryBatch(op, op.batches[0]!, { send });
    expect(op.batches[0]!.state).toBe('accepted');
    expect(tokens.filter((t) => t === op.batches[0]!.clientToken)).toHaveLength(2);
  });

  it('re-sends a batch the service refused for a device it no longer knows, without it and with a new token', async () => {
    const op = planSubmission({ command: 'reboot', targets: targets(12) }, ids);
    const first = op.batches[0]!;
    const second = op.batches[1]!;
    const gone = first.targets[3]!;
    const inputs: Array<{ token: string; targets: string[]; tags: Record<string, string> }> = [];
    const send: SendBatch = async (_r, input, onSend) => {
      onSend();
      inputs.push({ token: input.clientToken!, targets: input.targets!, tags: input.tags! });
      if (input.targets!.includes(gone)) throw error('ResourceNotFoundException');
      return { taskId: 'st-ok' };
    };
    const oldToken = first.clientToken;
    await sendBatch(op, first, { send, findMissing: async (_r, list) => list.filter((id) => id === gone), newToken: () => 'token-new' });
    expect(first.state).toBe('accepted');
    expect(first.leftOut).toEqual([gone]);
    expect(inputs.map((i) => [i.token, i.targets.length])).toEqual([[oldToken, 10], ['token-new', 9]]);
    expect(inputs[1]!.tags[TAGS.notFound]).toBe(gone);
    // The operation now plans 11 devices: the re-sent batch and the batch not yet sent say so.
    expect([op.planned, inputs[1]!.tags[TAGS.planned], second.planned]).toEqual([11, '11', 11]);
  });

  it('keeps the refusal when no target is found missing, and drops a batch whose every device is gone', async () => {
    const op = planSubmission({ command: 'reboot', targets: targets(2) }, ids);
    const refuse: SendBatch = async (_r, _i, onSend) => {
      onSend();
      throw error('ResourceNotFoundException');
    };
    await sendBatch(op, op.batches[0]!, { send: refuse, findMissing: async () => [] });
    expect(op.batches[0]!.state).toBe('failed');
    await sendBatch(op, op.batches[0]!, { send: refuse, findMissing: async (_r, list) => list });
    expect(op.batches[0]!.state).toBe('dropped');
    expect(batchCounts(op)).toMatchObject({ dropped: 1, devicesNotSent: 0, leftOut: op.batches[0]!.leftOut });
  });
});

describe('descriptionError', () => {
  it('names the first character that is not allowed', () => {
    expect(descriptionError('Reboot berlin, batch #1!')).toBeUndefined();
    expect(descriptionError('Reboot; now')).toBe('";" at position 7 is not allowed. Use letters A-Z and a-z, digits, spaces and _ . , ! # only.');
    expect(descriptionError('x'.repeat(129))).toMatch(/at most 128 characters \(129 now\)/);
  });
});
