import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { latestView, parseView, writeView, type PendingView, type ViewState } from '../../model/url-state';

/**
 * Filter, sort and page as URL state: every change is a history entry, so back and forward work.
 * A change shows at once, in the event that made it: the router's navigation follows in
 * tasks of its own, which on a large fleet filling up wait behind every answer arriving.
 */
export function useViewState() {
  const [params, setParams] = useSearchParams();
  const fromUrl = useMemo(() => parseView(params), [params]);
  const [pending, setPending] = useState<PendingView>();
  const latestPending = useRef<PendingView>(undefined);
  const search = params.toString();
  // The operator's change while the address bar still has the search it was made on; once the
  // address changes (to that change, or back and forward), the address bar's view for good.
  if (pending && pending.from !== search) setPending(undefined);
  useEffect(() => {
    if (latestPending.current && latestPending.current.from !== search) latestPending.current = undefined;
  }, [search]);
  const view = pending && pending.from === search ? pending.view : fromUrl;
  // Changes apply to the latest view, not to the one this render saw: a click right after
  // another change (clear the filter, then a summary count) must not bring back what was
  // just cleared while the router is still rendering the first change.
  const update = useCallback(
    (change: Partial<ViewState> | ((latest: ViewState) => Partial<ViewState>), options?: { replace?: boolean }) => {
      const current = new URLSearchParams(window.location.search);
      const latest = latestView(latestPending.current, current);
      const next = { ...latest, ...(typeof change === 'function' ? change(latest) : change) };
      const shown = { view: next, from: current.toString() };
      latestPending.current = shown;
      setPending(shown);
      setParams(() => writeView(next, new URLSearchParams(window.location.search)), options);
    },
    [setParams],
  );
  return [view, update] as const;
}
