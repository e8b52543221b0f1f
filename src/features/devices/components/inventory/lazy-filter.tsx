import Input from '@cloudscape-design/components/input';
import { Suspense, useEffect, useState, type ComponentProps } from 'react';
import { lazyWithRetry } from '@/lib/lazy-retry';
import { count } from '@/lib/plural';
import type { InventoryFilter as Eager } from './inventory-filter';

const InventoryFilter = lazyWithRetry(() => import('./inventory-filter').then((m) => ({ default: m.InventoryFilter })));

type Props = ComponentProps<typeof Eager> & { rowsShown: boolean };

/**
 * The property filter (about 20 KB gzipped with its autosuggest) is not needed to see the
 * first rows: it loads right after they are on screen, or on the first focus of its
 * placeholder. Filters from the URL apply to the rows meanwhile; only editing waits.
 */
export function LazyInventoryFilter({ rowsShown, ...props }: Props) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setReady(true), rowsShown ? 200 : 3_000);
    return () => clearTimeout(t);
  }, [rowsShown]);
  const placeholder = (
    <Input
      type="search"
      value=""
      readOnly
      onChange={() => undefined}
      onFocus={() => setReady(true)}
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
