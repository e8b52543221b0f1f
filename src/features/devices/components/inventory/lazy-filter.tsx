import Input from '@cloudscape-design/components/input';
import { Suspense, type ComponentProps } from 'react';
import { lazyWithRetry } from '@/lib/lazy-retry';
import { count } from '@/lib/plural';
import type { InventoryFilter as Eager } from './inventory-filter';
import { useAfterFirstView } from './use-after-first-view';

const InventoryFilter = lazyWithRetry(() => import('./inventory-filter').then((m) => ({ default: m.InventoryFilter })));

type Props = ComponentProps<typeof Eager> & { firstViewShown: boolean };

/**
 * The property filter (about 20 KB gzipped with its autosuggest) is not needed to see the
 * first rows: it loads right after they are on screen, or on the first focus of its
 * placeholder. Filters from the URL apply to the rows meanwhile; only editing waits.
 */
export function LazyInventoryFilter({ firstViewShown, ...props }: Props) {
  const { ready, now } = useAfterFirstView(firstViewShown);
  const placeholder = (
    <Input
      type="search"
      value=""
      readOnly
      onChange={() => undefined}
      onFocus={now}
      ariaLabel="Filter devices"
      placeholder={props.query.tokens.length ? `${count(props.query.tokens.length, 'filter')} applied; loading the filter…` : 'Loading the filter…'}
    />
  );
  if (!ready) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <InventoryFilter {...props} />
    </Suspense>
  );
}
