import { describe, expect, it } from 'vitest';
import { latestView, parseView, pendingStands, writeView, type ViewState } from './url-state';

describe('inventory URL state', () => {
  it('round-trips filter, sort and page, keeping other parameters', () => {
    const view: ViewState = {
      query: { operation: 'or', tokens: [{ propertyKey: 'tag:a=b', operator: '!=', value: 'x&y' }, { operator: ':', value: 'free text' }] },
      sort: 'software',
      descending: true,
      page: 3,
    };
    const params = writeView(view, new URLSearchParams('sim-devices=10&page=9'));
    expect(params.get('sim-devices')).toBe('10');
    expect(parseView(new URLSearchParams(params.toString()))).toEqual(view);
  });

  it('falls back to defaults for missing or broken values', () => {
    const v = parseView(new URLSearchParams('filter=nope&filter=["state","=","LOCKED"]&page=-2'));
    expect(v).toEqual({ query: { operation: 'and', tokens: [{ propertyKey: 'state', operator: '=', value: 'LOCKED' }] }, sort: undefined, descending: false, page: 1 });
    expect(writeView(v, new URLSearchParams()).has('page')).toBe(false);
  });

  it('builds on a change not yet in the address only while the address has the search it was made on', () => {
    const changed: ViewState = { query: { operation: 'and', tokens: [] }, sort: 'id', descending: false, page: 2 };
    const before = new URLSearchParams('sim-devices=10&page=5');
    const pending = { view: changed, from: before.toString(), to: 'sim-devices=10&page=2&sort=id' };
    expect(latestView(pending, before)).toBe(changed);
    // The address moved on (to the change, or back and forward): it is the view.
    expect(latestView(pending, new URLSearchParams('sim-devices=10&page=7')).page).toBe(7);
    expect(latestView(pending, new URLSearchParams(pending.to))).toEqual(changed);
    expect(latestView(undefined, before).page).toBe(5);
  });

  it('keeps a later change while an earlier one of the operator lands in the address', () => {
    // Clear the filter (to page=5), then sort at once, before the address has the first change.
    const sorted: ViewState = { query: { operation: 'and', tokens: [] }, sort: 'id', descending: false, page: 1 };
    const pending = { view: sorted, from: 'filter=x&page=5', to: 'sort=id' };
    const written = new Set(['page=5', 'sort=id']);
    // The first change lands: the sort still shows, not the view without it.
    expect(pendingStands(pending, 'page=5', written)).toBe(true);
    expect(latestView(pending, new URLSearchParams('page=5'), written)).toBe(sorted);
    // The sort lands, or the operator goes back to a search not written here: the address decides.
    expect(pendingStands(pending, 'sort=id', written)).toBe(false);
    expect(pendingStands(pending, 'page=9', written)).toBe(false);
  });
});
