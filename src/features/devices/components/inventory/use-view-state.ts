import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseView, writeView, type ViewState } from '../../model/url-state';

/** Filter, sort and page as URL state: every change is a history entry, so back and forward work. */
export function useViewState() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  // Changes apply to the address bar's latest view, not to the one this render saw: a click
  // right after another change (clear the filter, then a summary count) must not bring back
  // what was just cleared while the router is still rendering the first change.
  const update = useCallback(
    (change: Partial<ViewState> | ((latest: ViewState) => Partial<ViewState>), options?: { replace?: boolean }) =>
      setParams(() => {
        const current = new URLSearchParams(window.location.search);
        const latest = parseView(current);
        return writeView({ ...latest, ...(typeof change === 'function' ? change(latest) : change) }, current);
      }, options),
    [setParams],
  );
  return [view, update] as const;
}
