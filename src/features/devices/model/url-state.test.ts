import { describe, expect, it } from 'vitest';
import { latestView, parseView, writeView, type ViewState } from './url-state';

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
    const pending = { view: changed, from: before.toString() };
    expect(latestView(pending, before)).toBe(changed);
    // The address moved on (to the change, or back and forward): it is the view.
    expect(latestView(pending, new URLSearchParams('sim-devices=10&page=7')).page).toBe(7);
    expect(latestView(undefined, before).page).toBe(5);
  });
});
