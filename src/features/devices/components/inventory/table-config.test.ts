import { describe, expect, it } from 'vitest';
import { testRow } from '../../model/test-rows';
import {
  columnDisplay, contentDisplayOptions, defaultContentDisplay, defaultTablePreferences, filterProperties, inventoryColumns, ROW_PROPERTIES,
} from './table-config';
import { restorePreferences } from './table-preferences-state';

const ctx = { now: Date.parse('2025-06-01T12:00:00Z'), onlineThresholdMs: 900_000 };
const columns = inventoryColumns({ ctx, onOpen: () => undefined });

describe('inventory table config', () => {
  it('derives the columns, each sorting by its own field but Status, which sorts by last contact', () => {
    // The Status header is an element that also states the online threshold.
    expect(columns.map((c) => [c.id, c.id === 'status' ? 'Status' : c.header])).toEqual([
      ['id', 'Device ID'], ['name', 'Name'], ['region', 'Region'], ['type', 'Type'], ['state', 'State'], ['status', 'Status'],
      ['lastContact', 'Last contact'], ['dataAge', 'Data updated'], ['software', 'Software'], ['job', 'Order job'],
      ['storage', 'Storage used'], ['memory', 'Memory used'], ['tags', 'Tags'],
    ]);
    expect(columns.find((c) => c.id === 'status')?.header).toMatchObject({ props: { thresholdMs: 900_000 } });
    expect(columns.filter((c) => c.sortingField !== c.id).map((c) => [c.id, c.sortingField])).toEqual([['status', 'lastContact']]);
    expect(columns.filter((c) => c.isRowHeader).map((c) => c.id)).toEqual(['id']);
  });

  it('shows a field as text by default, "-" when absent', () => {
    const row = testRow('smd-a', { deviceType: 'SNC1_HDD' }, 'us-west-2', { Name: 'alpha', site: 'b' });
    const cell = (id: string, r = row) => columns.find((c) => c.id === id)!.cell(r);
    expect(cell('region')).toBe('us-west-2');
    expect(cell('name')).toMatchObject({ props: { text: 'alpha' } });
    // The type by product name (its code on hover); the Name tag is not repeated in Tags.
    expect(cell('type')).toMatchObject({ props: { code: 'SNC1_HDD' } });
    expect(ROW_PROPERTIES.find((p) => p.key === 'type')?.value(row, ctx)).toBe('Snowcone HDD');
    expect(cell('tags')).toMatchObject({ props: { text: 'site=b' } });
    expect(cell('job')).toMatchObject({ props: { text: undefined } });
  });

  it('filters on every column and on install state and installing, region only with several regions', () => {
    const keys = (multiRegion: boolean) => filterProperties(multiRegion).map((p) => p.key);
    expect(keys(true)).toEqual(ROW_PROPERTIES.map((p) => p.key));
    expect(keys(true)).toEqual(expect.arrayContaining([...columns.map((c) => c.id), 'installState', 'installing']));
    expect(keys(false)).not.toContain('region');
  });

  it('shows what an operator needs first; the rest stays in the preferences; region only with several regions', () => {
    expect(defaultContentDisplay().filter((c) => c.visible).map((c) => c.id)).toEqual(['id', 'name', 'region', 'type', 'state', 'status', 'software', 'storage']);
    expect(defaultContentDisplay().filter((c) => !c.visible).map((c) => c.id)).toEqual(['lastContact', 'dataAge', 'job', 'memory', 'tags']);
    expect(contentDisplayOptions(true)).toHaveLength(13);
    expect(contentDisplayOptions(false).map((o) => o.id)).not.toContain('region');
    expect(contentDisplayOptions(false).filter((o) => o.alwaysVisible).map((o) => o.id)).toEqual(['id']);
    expect(columnDisplay(defaultContentDisplay(), false).map((c) => c.id)).not.toContain('region');
    expect(columnDisplay(defaultContentDisplay(), true)).toEqual(defaultContentDisplay());
  });
});

describe('saved table preferences', () => {
  const base = defaultTablePreferences('comfortable');

  it('reads what an earlier version saved: same key shape, unknown columns dropped, new ones at their default', () => {
    const saved = {
      pageSize: 100, wrapLines: true, contentDensity: 'compact' as const,
      contentDisplay: [{ id: 'tags', visible: true }, { id: 'gone', visible: true }, { id: 'id', visible: true }, { id: 'job', visible: true }],
    };
    const restored = restorePreferences(saved, base);
    expect(restored).toMatchObject({ pageSize: 100, wrapLines: true, stripedRows: false, contentDensity: 'compact' });
    const savedIds = new Set(['tags', 'id', 'job']);
    expect(restored.contentDisplay.filter((c) => savedIds.has(c.id))).toEqual([{ id: 'tags', visible: true }, { id: 'id', visible: true }, { id: 'job', visible: true }]);
    expect(restored.contentDisplay.map((c) => c.id).sort()).toEqual(base.contentDisplay.map((c) => c.id).sort());
    expect(restored.contentDisplay.find((c) => c.id === 'dataAge')).toEqual({ id: 'dataAge', visible: false });
  });

  it('puts a column missing from the save at its default place: Region after Name', () => {
    const saved = { contentDisplay: base.contentDisplay.filter((c) => c.id !== 'region') };
    expect(restorePreferences(saved, base).contentDisplay.map((c) => c.id).slice(0, 3)).toEqual(['id', 'name', 'region']);
  });

  it('falls back to the defaults without a save or with a page size no longer offered', () => {
    expect(restorePreferences(null, base)).toBe(base);
    expect(restorePreferences({ pageSize: 30 }, base).pageSize).toBe(50);
  });
});
