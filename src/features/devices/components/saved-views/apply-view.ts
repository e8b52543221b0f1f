import type { ViewSettings } from '../../model/saved-views';
import type { ViewState } from '../../model/url-state';
import type { TablePreferences } from '../inventory/table-config';

/** What the saved views bar changes: the view in the address and the table's preferences. */
export interface ViewTargets {
  view: ViewState;
  setView: (change: Partial<ViewState>, options?: { replace?: boolean }) => void;
  prefs: TablePreferences;
  setPrefs: (p: Partial<TablePreferences>) => void;
}

/** Applies a saved view's filter, sort, page size and columns (from page 1). */
export function applyViewSettings({ setView, setPrefs }: Pick<ViewTargets, 'setView' | 'setPrefs'>, s: ViewSettings, replace = false): void {
  setView({ query: s.query, sort: s.sort, descending: s.descending, page: 1 }, { replace });
  if (s.pageSize !== undefined || s.columns !== undefined) {
    setPrefs({ ...(s.pageSize !== undefined && { pageSize: s.pageSize }), ...(s.columns && { contentDisplay: s.columns }) });
  }
}
