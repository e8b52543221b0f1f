import { describe, expect, it, vi } from 'vitest';
import { simulatedConnection } from './connection';

const sent: Array<{ name: string; input: unknown }> = [];
vi.mock('./send', () => ({
  sendSdm: vi.fn(async (_c: unknown, _r: string, name: string, input: unknown) => {
    sent.push({ name, input });
    await new Promise((r) => setTimeout(r, 5));
    return { name, input };
  }),
}));

const { inputKey, scheduleSdm } = await import('./scheduler');

describe('scheduleSdm', () => {
  const connection = simulatedConnection(['us-west-2', 'eu-west-1']);

  it('keys inputs independently of member order', () => {
    expect(inputKey({ a: 1, b: { d: 2, c: 3 } })).toBe(inputKey({ b: { c: 3, d: 2 }, a: 1 }));
    expect(inputKey({ a: 1 })).not.toBe(inputKey({ a: 2 }));
  });

  it('merges identical reads in the same region, never writes or other regions', async () => {
    sent.length = 0;
    const input = { managedDeviceId: 'smd-aaaaaaaaaaaaaa' };
    const reads = await Promise.all([
      scheduleSdm(connection, 'us-west-2', 'DescribeDevice', input),
      scheduleSdm(connection, 'us-west-2', 'DescribeDevice', { ...input }),
      scheduleSdm(connection, 'eu-west-1', 'DescribeDevice', input),
    ]);
    expect(reads[0]).toEqual(reads[1]);
    const tag = { resourceArn: 'arn:x', tags: { a: 'b' } };
    await Promise.all([scheduleSdm(connection, 'us-west-2', 'TagResource', tag), scheduleSdm(connection, 'us-west-2', 'TagResource', tag)]);
    expect(sent.map((s) => s.name)).toEqual(['DescribeDevice', 'DescribeDevice', 'TagResource', 'TagResource']);
  });
});
