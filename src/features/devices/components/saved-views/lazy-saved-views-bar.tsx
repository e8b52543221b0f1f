import Button from '@cloudscape-design/components/button';
import Input from '@cloudscape-design/components/input';
import SpaceBetween from '@cloudscape-design/components/space-between';
import { Suspense, useEffect, useRef, useState } from 'react';
import { lazyWithRetry } from '@/lib/lazy-retry';
import { defaultView } from '../../model/saved-views';
import { hasViewState } from '../../model/url-state';
import { useAfterFirstView } from '../inventory/use-after-first-view';
import { applyViewSettings, type ViewTargets } from './apply-view';
import { KNOWN } from './saved-views-text';
import { useSavedViews } from './use-saved-views';

const SavedViewsBar = lazyWithRetry(() => import('./saved-views-bar').then((m) => ({ default: m.SavedViewsBar })));

type Props = ViewTargets & { firstViewShown: boolean };

/**
 * The saved views bar (its Select, menu and dialogs) loads after the first rows, like the
 * property filter; a placeholder of the same height holds its place meanwhile. The default
 * view applies at once, so the first rows are already the view's.
 */
export function LazySavedViewsBar({ firstViewShown, ...targets }: Props) {
  const { state } = useSavedViews(KNOWN);
  // The default view applies when the inventory opens without a view in its address.
  const [opening] = useState(() => (hasViewState(new URLSearchParams(window.location.search)) ? undefined : defaultView(state)));
  const opened = useRef(false);
  useEffect(() => {
    if (opened.current) return;
    opened.current = true;
    if (opening) applyViewSettings(targets, opening.settings, true);
  });
  const { ready, now } = useAfterFirstView(firstViewShown);
  const placeholder = (
    <SpaceBetween direction="horizontal" size="xs">
      <div style={{ minWidth: 260 }}>
        <Input value={opening?.name ?? ''} readOnly onChange={() => undefined} onFocus={now} ariaLabel="Saved view (loading)" placeholder="Loading saved views…" />
      </div>
      <Button disabled iconName="caret-down-filled" iconAlign="right" ariaLabel="Saved view actions (loading)">Views</Button>
    </SpaceBetween>
  );
  if (!ready) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <SavedViewsBar {...targets} opening={opening} />
    </Suspense>
  );
}
