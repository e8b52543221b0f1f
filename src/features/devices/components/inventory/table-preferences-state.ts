import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import { useCallback, useState } from 'react';
import { getPreferences } from '@/lib/preferences';
import { COLUMN_IDS, defaultTablePreferences, PAGE_SIZES, type TablePreferences } from './table-config';

type Prefs = CollectionPreferencesProps.Preferences;

// Saved as the whole preferences object under this key; older saves stay readable.
const KEY = 'snow-dashboard:inventory-table';

/**
 * Saved preferences merged with the defaults: unknown columns are dropped, columns added in
 * a later version show up at their default, a page size no longer offered falls back.
 */
export function restorePreferences(saved: Prefs | null, base: TablePreferences): TablePreferences {
  if (!saved) return base;
  const known = new Set(COLUMN_IDS);
  const display = (saved.contentDisplay ?? []).filter((c) => known.has(c.id));
  const missing = base.contentDisplay.filter((c) => !display.some((d) => d.id === c.id));
  return {
    pageSize: PAGE_SIZES.includes(saved.pageSize ?? 0) ? saved.pageSize! : base.pageSize,
    wrapLines: saved.wrapLines ?? base.wrapLines,
    stripedRows: saved.stripedRows ?? base.stripedRows,
    contentDensity: saved.contentDensity ?? base.contentDensity,
    contentDisplay: [...display, ...missing],
  };
}

function load(): TablePreferences {
  const base = defaultTablePreferences(getPreferences().density);
  try {
    return restorePreferences(JSON.parse(localStorage.getItem(KEY) ?? 'null') as Prefs | null, base);
  } catch {
    return base;
  }
}

/** The inventory table's preferences, persisted in localStorage. */
export function useTablePreferences() {
  const [prefs, setPrefs] = useState(load);
  const save = useCallback((next: Prefs) => {
    setPrefs((current) => {
      const merged = { ...current, ...next } as TablePreferences;
      try {
        localStorage.setItem(KEY, JSON.stringify(merged));
      } catch {
        // Storage disabled: the choice holds for this visit.
      }
      return merged;
    });
  }, []);
  return [prefs, save] as const;
}
