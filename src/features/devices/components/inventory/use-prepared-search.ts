import { useEffect } from 'react';
import type { FleetRow } from '../../api/fleet-types';
import { prepareSearch } from '../../model/filter-rows';
import type { RowProperty } from '../../model/properties';
import type { RowContext } from '../../model/row-values';

/** Below this many rows a first free-text filter is quick anyway. */
const LARGE_FLEET = 2_000;
const SLICE_MS = 8;

/**
 * On a large fleet, builds the rows' search text and the sort keys of `sortFields` while the
 * page is idle, a few milliseconds at a time, so the first free-text filter and the first
 * sort by those fields answer at once instead of reading every field of every row then.
 */
export function usePreparedSearch(rows: readonly FleetRow[], properties: readonly RowProperty[], ctx: RowContext, sortFields: readonly string[]): void {
  useEffect(() => {
    if (rows.length < LARGE_FLEET) return;
    const idle = typeof requestIdleCallback === 'function';
    let from = 0;
    let handle: number | ReturnType<typeof setTimeout> | undefined;
    const step = (deadline?: IdleDeadline) => {
      const budget = Math.min(SLICE_MS, deadline ? deadline.timeRemaining() : SLICE_MS);
      from += prepareSearch(rows, properties, ctx, from, performance.now() + budget, sortFields);
      if (from < rows.length) schedule();
    };
    const schedule = () => {
      handle = idle ? requestIdleCallback(step, { timeout: 2_000 }) : setTimeout(step, 50);
    };
    schedule();
    return () => {
      if (handle === undefined) return;
      if (idle) cancelIdleCallback(handle as number);
      else clearTimeout(handle);
    };
  }, [rows, properties, ctx, sortFields]);
}
