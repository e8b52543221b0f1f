import { describe, expect, it } from 'vitest';
import { matchesView, parseActivityView, rangeProblem, rangeWindow, writeActivityView } from './activity-view';
import { toRow } from './trail-rows';

const NOW = Date.UTC(2026, 10, 1, 12);

describe('the activity view in the URL', () => {
  it('round-trips every filter and leaves defaults out', () => {
    const view = { range: { type: 'absolute' as const, start: '2026-10-30T00:00:00.000Z', end: '2026-10-31T00:00:00.000Z' }, user: 'alice', event: 'CreateTask', device: 'smd-1', task: 'st-1', region: 'us-west-2', reads: true };
    const written = writeActivityView(view, new URLSearchParams('keep=1'));
    expect(written.get('keep')).toBe('1');
    expect(parseActivityView(written)).toEqual(view);
    expect(writeActivityView({ range: { type: 'relative', amount: 7, unit: 'day' }, reads: false }, new URLSearchParams()).toString()).toBe('');
  });

  it('reads a broken range as the default, and keeps ranges within the 90 days CloudTrail holds', () => {
    expect(parseActivityView(new URLSearchParams('range=soon')).range).toEqual({ type: 'relative', amount: 7, unit: 'day' });
    expect(rangeWindow({ type: 'relative', amount: 2, unit: 'hour' }, NOW)).toEqual({ start: NOW - 7_200_000, end: NOW });
    expect(rangeProblem({ type: 'relative', amount: 120, unit: 'day' }, NOW)).toContain('90 days');
    expect(rangeProblem({ type: 'absolute', start: '2026-10-02T00:00:00Z', end: '2026-10-01T00:00:00Z' }, NOW)).toContain('before the end');
  });

  it('filters what CloudTrail cannot filter together with the event source', () => {
    const row = toRow({ EventId: 'e', EventName: 'CreateTask', CloudTrailEvent: JSON.stringify({ eventName: 'CreateTask', readOnly: false, awsRegion: 'us-west-2', userIdentity: { type: 'IAMUser', userName: 'Alice', arn: 'arn:aws:iam::1:user/Alice' }, requestParameters: { targets: ['smd-1'] }, responseElements: { taskId: 'st-1' } }) }, 'us-west-2');
    const read = { ...row, readOnly: true, eventName: 'ListDevices' };
    expect(matchesView(row, { reads: false })).toBe(true);
    expect(matchesView(read, { reads: false })).toBe(false);
    expect(matchesView(read, { reads: true })).toBe(true);
    expect(matchesView(row, { reads: false, user: 'alice' })).toBe(true);
    expect(matchesView(row, { reads: false, user: 'bob' })).toBe(false);
    expect(matchesView(row, { reads: false, device: 'smd-1', task: 'st-1', region: 'us-west-2', event: 'CreateTask' })).toBe(true);
    expect(matchesView(row, { reads: false, device: 'smd-2' })).toBe(false);
    expect(matchesView(row, { reads: false, region: 'eu-west-1' })).toBe(false);
  });
});
