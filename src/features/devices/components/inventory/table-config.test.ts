import { describe, expect, it } from 'vitest';
import { testRow } from '../../model/test-rows';
import {
  columnDisplay, contentDisplayOptions, defaultContentDisplay, defaultTablePreferences, filterProperties, inventoryColumns, ROW_PROPERTIES,
} from './table-config';
import { restorePreferences } from './table-preferences-state';

const ctx = { now: Date.parse('2025-06-01T12:00:00Z'), onlineThresholdMs: 900_000 };
const columns = inventoryColumns({ ctx, onOpen: () => undefined });

describe('inventory table config', () => {
  it('derives the columns, each sorting by its own field', () => {
    // The Status header is an element that also states the online threshold.
    expect(columns.map((c) => [c.id, c.id === 'status' ? 'Status' : c.header])).toEqual([
      ['id', 'Device ID'], ['name', 'Name'], ['region', 'Region'], ['type', 'Type'], ['state', 'State'], ['status', 'Status'],
      ['lastContact', 'Last contact'], ['dataAge', 'Data updated'], ['software', 'Software'], ['job', 'Order job'],
      ['storage', 'Storage used'], ['memory', 'Memory used'], ['tags', 'Tags'],
    ]);
    expect(columns.find((c) => c.id === 'status')?.header).toMatchObject({ props: { thresholdMs: 900_000 } });
    expect(columns.every((c) => c.sortingField === c.id)).toBe(true);
    expect(columns.filter((c) => c.isRowHeader).map((c) => c.id)).toEqual(['id']);
  });

  it('shows a field as text by default, "-" when absent', () => {
    const cell = (id: string, row = testRow('smd-a', { deviceType: 'SNC1_HDD' }, 'us-west-2', { Name: 'alpha', site: 'b' })) => columns.find((c) => c.id === id)!.cell(row);
    expect([cell('name'), cell('type'), cell('region'), cell('tags'), cell('job')]).toEqual(['alpha', 'SNC1_HDD', 'us-west-2', 'Name=alpha, site=b', '-']);
    expect(cell('name', testRow('smd-b'))).toBe('-');
  });

  it('filters on every column and on install state and installing, region only with several regions', () => {
    const keys = (multiRegion: boolean) => filterProperties(multiRegion).map((p) => p.key);
    expect(keys(true)).toEqual(ROW_PROPERTIES.map((p) => p.key));
    expect(keys(true)).toEqual(expect.arrayContaining([...columns.map((c) => c.id), 'installState', 'installing']));
    expect(keys(false)).not.toContain('region');
  });

  it('hides Order job and Data updated by default; region is offered and shown only with several regions', () => {
    expect(defaultContentDisplay().filter((c) => !c.visible).map((c) => c.id)).toEqual(['dataAge', 'job']);
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
    expect(restored.contentDisplay.slice(0, 3)).toEqual([{ id: 'tags', visible: true }, { id: 'id', visible: true }, { id: 'job', visible: true }]);
    expect(restored.contentDisplay.map((c) => c.id).sort()).toEqual(base.contentDisplay.map((c) => c.id).sort());
    expect(restored.contentDisplay.find((c) => c.id === 'dataAge')).toEqual({ id: 'dataAge', visible: false });
  });

  it('falls back to the defaults without a save or with a page size no longer offered', () => {
    expect(restorePreferences(null, base)).toBe(base);
    expect(restorePreferences({ pageSize: 30 }, base).pageSize).toBe(50);
  });
});
