import { QueryClient } from '@tanstack/react-query';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Connection } from '@/lib/aws/connection';

const sent: unknown[] = [];
vi.mock('@/lib/aws/scheduler', () => ({
  scheduleCloudTrail: vi.fn(async (_c: unknown, _r: string, input: unknown) => {
    sent.push(input);
    const record = (source: string, name: string, readOnly: boolean) => ({
      EventId: `${source}-${name}`,
      EventName: name,
      EventSource: source,
      EventTime: new Date('2026-11-01T12:00:00Z'),
      CloudTrailEvent: JSON.stringify({ eventSource: source, eventName: name, readOnly, eventTime: '2026-11-01T12:00:00Z' }),
    });
    return { Events: [record('snow-device-management.amazonaws.com', 'CreateTask', false), record('ec2.amazonaws.com', 'RunInstances', false)] };
  }),
}));

const { summarize, trailQuery } = await import('./trail-query');
const connection = { id: 'c1', regions: ['us-west-2'] } as unknown as Connection;
const range = { type: 'relative', amount: 1, unit: 'day' } as const;

describe('the trail query', () => {
  beforeEach(() => {
    sent.length = 0;
  });

  it('without reads asks CloudTrail for write events and keeps only Snow Device Management events', async () => {
    const client = new QueryClient();
    const data = await client.fetchInfiniteQuery(trailQuery(connection, ['us-west-2'], range, false));
    expect(sent).toEqual([expect.objectContaining({ LookupAttributes: [{ AttributeKey: 'ReadOnly', AttributeValue: 'false' }] })]);
    const progress = summarize(data.pages);
    expect(progress.rows.map((r) => r.eventName)).toEqual(['CreateTask']);
    // Both events were looked at, though only one is Snow Device Management's.
    expect(progress.loaded).toBe(2);
  });

  it('with reads asks by event source, under another cache key', async () => {
    const client = new QueryClient();
    await client.fetchInfiniteQuery(trailQuery(connection, ['us-west-2'], range, true));
    expect(sent).toEqual([expect.objectContaining({ LookupAttributes: [{ AttributeKey: 'EventSource', AttributeValue: 'snow-device-management.amazonaws.com' }] })]);
    expect(trailQuery(connection, ['us-west-2'], range, true).queryKey).not.toEqual(trailQuery(connection, ['us-west-2'], range, false).queryKey);
  });
});
