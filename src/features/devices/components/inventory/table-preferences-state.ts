import type { CollectionPreferencesProps } from '@cloudscape-design/components/collection-preferences';
import { useCallback, useState } from 'react';
import { getPreferences } from '@/lib/preferences';

type Prefs = CollectionPreferencesProps.Preferences;

const KEY = 'snow-dashboard:inventory-table';
export const COLUMN_LABELS: Array<[string, string]> = [
  ['id', 'Device ID'], ['name', 'Name'], ['region', 'Region'], ['type', 'Type'], ['state', 'State'], ['status', 'Status'],
  ['lastContact', 'Last contact'], ['dataAge', 'Data updated'], ['software', 'Software'], ['job', 'Order job'],
  ['storage', 'Storage used'], ['memory', 'Memory used'], ['tags', 'Tags'],
];
const HIDDEN_BY_DEFAULT = new Set(['job', 'dataAge']);

export const PAGE_SIZES = [20, 50, 100, 200];

function defaults(): Required<Pick<Prefs, 'pageSize' | 'wrapLines' | 'stripedRows' | 'contentDensity' | 'contentDisplay'>> {
  return {
    pageSize: 50,
    wrapLines: false,
    stripedRows: false,
    contentDensity: getPreferences().density,
    contentDisplay: COLUMN_LABELS.map(([id]) => ({ id, visible: !HIDDEN_BY_DEFAULT.has(id) })),
  };
}

/** Saved preferences merged with defaults; columns added in a later version show up at their default. */
function load(): ReturnType<typeof defaults> {
  const base = defaults();
  try {
    const saved = JSON.parse(localStorage.getItem(KEY) ?? 'null') as Prefs | null;
    if (!saved) return base;
    const known = new Set(COLUMN_LABELS.map(([id]) => id));
    const display = (saved.contentDisplay ?? []).filter((c) => known.has(c.id));
    const missing = base.contentDisplay.filter((c) => !display.some((d) => d.id === c.id));
    return {
      pageSize: PAGE_SIZES.includes(saved.pageSize ?? 0) ? saved.pageSize! : base.pageSize,
      wrapLines: saved.wrapLines ?? base.wrapLines,
      stripedRows: saved.stripedRows ?? base.stripedRows,
      contentDensity: saved.contentDensity ?? base.contentDensity,
      contentDisplay: [...display, ...missing],
    };
  } catch {
    return base;
  }
}

/** The inventory table's preferences, persisted in localStorage. */
export function useTablePreferences() {
  const [prefs, setPrefs] = useState(load);
  const save = useCallback((next: Prefs) => {
    setPrefs((current) => {
      const merged = { ...current, ...next } as ReturnType<typeof defaults>;
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

