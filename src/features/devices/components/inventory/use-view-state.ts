import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { parseView, writeView, type ViewState } from './url-state';

/** Filter, sort and page as URL state: every change is a history entry, so back and forward work. */
export function useViewState() {
  const [params, setParams] = useSearchParams();
  const view = useMemo(() => parseView(params), [params]);
  const update = useCallback(
    (change: Partial<ViewState>) => setParams((current) => writeView({ ...parseView(current), ...change }, current)),
    [setParams],
  );
  return [view, update] as const;
}
