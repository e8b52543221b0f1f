import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import { useCallback, useState } from 'react';
import { asObject, localRecord } from '@/lib/local-record';
import { getPreferences } from '@/lib/preferences';
import { COLUMN_IDS, defaultTablePreferences, PAGE_SIZES, type TablePreferences } from './table-config';

type Prefs = CollectionPreferencesProps.Preferences;

// Saved as the whole preferences object under this key; older saves stay readable.
const record = localRecord<Prefs>('snow-dashboard:inventory-table', (raw) => asObject(raw) as Prefs | undefined);

/**
 * Saved preferences merged with the defaults: unknown columns are dropped, columns added in
 * a later version show up at their default visibility and place, a page size no longer offered falls back.
 */
export function restorePreferences(saved: Prefs | null, base: TablePreferences): TablePreferences {
  if (!saved) return base;
  const known = new Set(COLUMN_IDS);
  const display = (saved.contentDisplay ?? []).filter((c) => known.has(c.id));
  // A column new to the save goes where it is by default (Region after Name), not last.
  for (const [i, c] of base.contentDisplay.entries()) {
    if (display.some((d) => d.id === c.id)) continue;
    const before = base.contentDisplay.slice(0, i).map((b) => b.id);
    const after = display.findLastIndex((d) => before.includes(d.id));
    display.splice(after + 1, 0, c);
  }
  return {
    pageSize: PAGE_SIZES.includes(saved.pageSize ?? 0) ? saved.pageSize! : base.pageSize,
    wrapLines: saved.wrapLines ?? base.wrapLines,
    stripedRows: saved.stripedRows ?? base.stripedRows,
    contentDensity: saved.contentDensity ?? base.contentDensity,
    contentDisplay: display,
  };
}

function load(): TablePreferences {
  const base = defaultTablePreferences(getPreferences().density);
  return restorePreferences(record.load() ?? null, base);
}

/** The inventory table's preferences, persisted in localStorage. */
export function useTablePreferences() {
  const [prefs, setPrefs] = useState(load);
  const save = useCallback((next: Prefs) => {
    setPrefs((current) => {
      const merged = { ...current, ...next } as TablePreferences;
      record.save(merged);
      return merged;
    });
  }, []);
  return [prefs, save] as const;
}
