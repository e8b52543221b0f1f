import Button from '@cloudscape-design/components/button';
import { Suspense, useEffect, useState } from 'react';
import { lazyWithRetry } from '@/lib/lazy-retry';
import type { TablePreferences as Eager } from './table-preferences';

const TablePreferences = lazyWithRetry(() => import('./table-preferences').then((m) => ({ default: m.TablePreferences })));

/**
 * The preferences dialog is not needed for the first rows: it loads once the browser is
 * idle, with a disabled gear in its place until then.
 */
export function LazyTablePreferences(props: Parameters<typeof Eager>[0]) {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const t = setTimeout(() => setReady(true), 1_500);
    return () => clearTimeout(t);
  }, []);
  const placeholder = <Button variant="icon" iconName="settings" ariaLabel="Preferences" disabled />;
  if (!ready) return placeholder;
  return (
    <Suspense fallback={placeholder}>
      <TablePreferences {...props} />
    </Suspense>
  );
}
