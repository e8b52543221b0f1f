import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { latestView, parseView, pendingStands, writeView, type PendingView, type ViewState } from '../../model/url-state';

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
  // The searches this view wrote: an earlier change landing in the address bar while a later
  // one is pending does not bring the earlier view back.
  const [written] = useState(() => new Set<string>());
  const search = params.toString();
  const stands = pendingStands(pending, search, written);
  if (pending && !stands) setPending(undefined);
  useEffect(() => {
    if (!pendingStands(latestPending.current, search, written)) latestPending.current = undefined;
  }, [search, written]);
  const view = stands ? pending.view : fromUrl;
  // Changes apply to the latest view, not to the one this render saw: a click right after
  // another change (clear the filter, then a summary count) must not bring back what was
  // just cleared while the router is still rendering the first change.
  const update = useCallback(
    (change: Partial<ViewState> | ((latest: ViewState) => Partial<ViewState>), options?: { replace?: boolean }) => {
      const current = new URLSearchParams(window.location.search);
      const latest = latestView(latestPending.current, current, written);
      const next = { ...latest, ...(typeof change === 'function' ? change(latest) : change) };
      const to = writeView(next, new URLSearchParams(window.location.search));
      const shown = { view: next, from: current.toString(), to: to.toString() };
      written.add(shown.to);
      latestPending.current = shown;
      setPending(shown);
      setParams(to, options);
    },
    [setParams, written],
  );
  return [view, update] as const;
}
