import { describe, expect, it } from 'vitest';
import {
  allViews, BUILT_IN_VIEWS, defaultView, deleteView, matchesView, nameError, readStored, renameView, saveAsNew, setDefault, toStored, updateView,
  type Change, type SavedViewsState, type ViewSettings,
} from './saved-views';
import { collisions, exportViews, importViews, parseViewsFile } from './saved-views-file';

const known = { pageSizes: [20, 50, 100], columnIds: ['id', 'name', 'status'], propertyKeys: ['id', 'name', 'status', 'storage', 'state'] };
const settings = (value: string, extra: Partial<ViewSettings> = {}): ViewSettings => ({
  query: { operation: 'and', tokens: [{ propertyKey: 'tag:site', operator: '=', value }] }, descending: false, ...extra,
});
const ok = (c: Change): SavedViewsState => {
  if ('error' in c) throw new Error(c.error);
  return c.state;
};
const empty: SavedViewsState = { views: [] };

describe('saved views', () => {
  it('ships Offline, Near full and Locked, built from the inventory’s filter properties, which cannot be changed or deleted', () => {
    expect(BUILT_IN_VIEWS.map((v) => [v.name, v.settings.query.tokens])).toEqual([
      ['Offline', [{ propertyKey: 'status', operator: '=', value: 'Offline' }]],
      ['Near full', [{ propertyKey: 'storage', operator: '>', value: '80' }]],
      ['Locked', [{ propertyKey: 'state', operator: '=', value: 'Locked' }]],
    ]);
    for (const v of BUILT_IN_VIEWS) {
      expect(deleteView(empty, v.id)).toEqual({ error: 'Built-in views cannot be deleted.' });
      expect(renameView(empty, v.id, 'Mine')).toHaveProperty('error');
      expect(updateView(empty, v.id, settings('x'))).toHaveProperty('error');
    }
    expect(nameError('offline', empty)).toMatch(/built-in view/);
  });

  it('saves, updates, renames and deletes the operator’s views, names unique without regard to case', () => {
    let s = ok(saveAsNew(empty, '  Berlin site ', settings('berlin'), 'v1'));
    expect(s.views).toEqual([{ id: 'v1', name: 'Berlin site', settings: settings('berlin') }]);
    expect(saveAsNew(s, 'berlin SITE', settings('x'), 'v2')).toEqual({ error: 'A view named "Berlin site" already exists.' });
    expect(saveAsNew(s, ' ', settings('x'), 'v2')).toEqual({ error: 'Enter a name.' });
    expect(saveAsNew(s, 'x'.repeat(61), settings('x'), 'v2')).toHaveProperty('error', 'Names can be at most 60 characters (this one has 61).');
    s = ok(updateView(s, 'v1', settings('oslo', { pageSize: 100 })));
    expect(s.views[0]?.settings.pageSize).toBe(100);
    s = ok(renameView(s, 'v1', 'Oslo'));
    expect(ok(renameView(s, 'v1', 'oslo')).views[0]?.name).toBe('oslo');
    expect(allViews(s).map((v) => v.name)).toEqual(['Offline', 'Near full', 'Locked', 'Oslo']);
    s = ok(setDefault(s, 'v1'));
    expect(defaultView(s)?.name).toBe('Oslo');
    s = ok(deleteView(s, 'v1'));
    expect(s).toEqual({ views: [], defaultId: undefined });
  });

  it('may make a built-in the default, and clears an unknown default', () => {
    const s = ok(setDefault(empty, 'built-in:offline'));
    expect(defaultView(s)?.name).toBe('Offline');
    expect(setDefault(empty, 'gone')).toEqual({ error: 'That view no longer exists.' });
    expect(ok(setDefault(s, undefined)).defaultId).toBeUndefined();
  });

  it('tells unsaved changes from the parts a view holds', () => {
    const v = { id: 'v', name: 'V', settings: settings('berlin', { sort: 'name', descending: true, pageSize: 50, columns: [{ id: 'id', visible: true }] }) };
    const current = { ...v.settings };
    expect(matchesView(v, current)).toBe(true);
    expect(matchesView(v, { ...current, pageSize: 100 })).toBe(false);
    expect(matchesView(v, { ...current, descending: false })).toBe(false);
    expect(matchesView(v, { ...current, columns: [{ id: 'id', visible: false }] })).toBe(false);
    expect(matchesView(v, settings('oslo', { sort: 'name', descending: true, pageSize: 50 }))).toBe(false);
    // A built-in holds only a filter: any columns and page size match it.
    expect(matchesView(BUILT_IN_VIEWS[0]!, { ...BUILT_IN_VIEWS[0]!.settings, pageSize: 200, columns: [] })).toBe(true);
  });

  it('stores a versioned record and reads it back; a damaged record or view is reported, not thrown', () => {
    const s = ok(setDefault(ok(saveAsNew(empty, 'Berlin', settings('berlin', { pageSize: 20 }), 'v1')), 'v1'));
    const stored = JSON.parse(JSON.stringify(toStored(s))) as unknown;
    expect(stored).toMatchObject({ version: 1, defaultId: 'v1' });
    expect(readStored(stored, known)).toEqual({ state: s, problems: [] });
    expect(readStored('nonsense', known).problems).toEqual(['The saved views are not in a form the dashboard can read.']);
    expect(readStored({ version: 2, views: [] }, known).problems[0]).toMatch(/format version 2; this dashboard reads version 1/);
    const damaged = readStored({
      version: 1,
      defaultId: 'v2',
      views: [
        { id: 'v1', name: 'Good', settings: settings('a') },
        { id: 'v2', name: 'Bad', settings: { query: { tokens: [{ propertyKey: 'colour', operator: '=', value: 'red' }] } } },
        { id: 'v3', name: 'Size', settings: { ...settings('a'), pageSize: 7 } },
        { id: 'v4', settings: settings('a') },
      ],
    }, known);
    expect(damaged.state.views.map((v) => v.name)).toEqual(['Good']);
    expect(damaged.state.defaultId).toBeUndefined();
    expect(damaged.problems).toEqual([
      'View 2 ("Bad"): Filter 1 is on "colour", which the inventory does not have.',
      'View 3 ("Size"): Page size 7 is not one of 20, 50, 100.',
      'View 4: it has no name.',
    ]);
  });

  it('exports the operator’s views and imports them, skipping what it cannot read, with a choice for names taken', () => {
    let mine = ok(saveAsNew(empty, 'Berlin', settings('berlin'), 'm1'));
    mine = ok(saveAsNew(mine, 'Oslo', settings('oslo'), 'm2'));
    const text = exportViews(mine, new Date('2026-01-01T00:00:00Z'));
    const file = JSON.parse(text) as { views: unknown[] };
    file.views.push({ name: 'Broken', settings: { query: { tokens: [{ operator: '??', value: 'x' }] } } }, { name: 'Offline', settings: settings('z') });
    const parsed = parseViewsFile(JSON.stringify(file), known);
    if ('error' in parsed) throw new Error(parsed.error);
    expect(parsed.skipped).toEqual([{ name: 'Broken', reason: 'Filter 1 has no valid operator.' }]);
    const existing = ok(saveAsNew(empty, 'berlin', settings('old'), 'e1'));
    expect(collisions(existing, parsed)).toEqual(['Berlin', 'Offline']);
    let n = 0;
    const both = importViews(existing, parsed, 'keep-both', () => `i${++n}`);
    expect(both.state.views.map((v) => v.name)).toEqual(['berlin', 'Berlin (2)', 'Oslo', 'Offline (2)']);
    expect(both.renamed).toEqual([{ from: 'Berlin', to: 'Berlin (2)' }, { from: 'Offline', to: 'Offline (2)' }]);
    const replaced = importViews(existing, parsed, 'replace', () => `r${++n}`);
    expect(replaced.replaced).toEqual(['Berlin']);
    expect(replaced.state.views.find((v) => v.id === 'e1')?.settings).toEqual(settings('berlin'));
    // A built-in is never replaced: the imported view gets a number.
    expect(replaced.renamed).toEqual([{ from: 'Offline', to: 'Offline (2)' }]);
    expect(replaced.skipped).toHaveLength(1);
  });

  it('refuses files that are not saved views, with a reason', () => {
    expect(parseViewsFile('{', known)).toEqual({ error: 'The file is not JSON. Choose a file exported from the saved views menu.' });
    expect(parseViewsFile('[]', known)).toHaveProperty('error', 'The file does not hold saved views. Choose a file exported from the saved views menu.');
    expect(parseViewsFile(JSON.stringify({ format: 'snow-dashboard-saved-views', version: 9, views: [] }), known)).toHaveProperty('error');
  });
});
