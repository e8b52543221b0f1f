import { describe, expect, it } from 'vitest';
import { groupOperations, type TaskInfo } from './operation-groups';
import { PAGE_SIZE, parseView, serviceState, viewOperations, writeView } from './operations-view';

const task = (taskId: string, over: Partial<TaskInfo> = {}): TaskInfo => ({ taskId, region: 'us-west-2', state: 'COMPLETED', tags: {}, order: 0, targets: [], executions: {}, ...over });

describe('operations view state', () => {
  it('round-trips through the URL, leaving defaults out and ignoring junk', () => {
    const p = writeView(new URLSearchParams('region=x'), { text: 'patch', state: 'IN_PROGRESS', sort: 'targets', descending: false, page: 3, region: undefined });
    expect(p.toString()).toBe('q=patch&state=IN_PROGRESS&sort=targets&order=asc&page=3');
    expect(parseView(p)).toEqual({ text: 'patch', state: 'IN_PROGRESS', region: undefined, sort: 'targets', descending: false, page: 3 });
    expect(parseView(new URLSearchParams('state=BOGUS&sort=nope&page=-2'))).toMatchObject({ state: undefined, sort: 'created', descending: true, page: 1 });
  });

  it('filters by free text over devices and tags, sorts and pages', () => {
    const ops = groupOperations(
      Array.from({ length: PAGE_SIZE + 5 }, (_, i) => task(`st-${i}`, { order: i, targets: [`d-${i}`, 'shared'], createdAt: new Date(i * 1000), tags: i === 3 ? { owner: 'alice' } : {} })),
    );
    expect(viewOperations(ops, parseView(new URLSearchParams('q=ALICE'))).matched.map((o) => o.id)).toEqual(['st-3']);
    expect(viewOperations(ops, parseView(new URLSearchParams('q=d-7'))).matched.map((o) => o.id)).toEqual(['st-7']);
    const first = viewOperations(ops, parseView(new URLSearchParams()));
    expect(first.pages).toBe(2);
    expect(first.pageItems[0]?.id).toBe(`st-${PAGE_SIZE + 4}`);
    const asc = viewOperations(ops, parseView(new URLSearchParams('order=asc&page=9')));
    expect(asc.page).toBe(2);
    expect(asc.pageItems.map((o) => o.id)).toEqual(['st-25', 'st-26', 'st-27', 'st-28', 'st-29']);
  });

  it('filters FAILED in the page: operations with a failed, timed out or rejected execution; the service is asked for every state', () => {
    const ops = groupOperations([task('a', { executions: { d1: 'SUCCEEDED' } }), task('b', { executions: { d1: 'TIMED_OUT', d2: 'SUCCEEDED' } })]);
    const view = parseView(new URLSearchParams('state=FAILED'));
    expect(serviceState(view)).toBeUndefined();
    expect(serviceState(parseView(new URLSearchParams('state=COMPLETED')))).toBe('COMPLETED');
    expect(viewOperations(ops, view).matched.map((o) => o.id)).toEqual(['b']);
  });

  it('filters by region', () => {
    const ops = groupOperations([task('a'), task('b', { region: 'eu-west-1' })]);
    expect(viewOperations(ops, parseView(new URLSearchParams('region=eu-west-1'))).matched.map((o) => o.id)).toEqual(['b']);
  });
});
