import type { FleetRow } from '../api/fleet-types';
import { rowTest, sortKey, type FilterQuery } from './filter-rows';
import { propertyByKey, readsContext, type RowProperty } from './properties';
import type { RowContext } from './row-values';
import { SortOrder } from './sort-order';

/** What the inventory shows: the fleet's rows, filtered by a query and sorted by a property. */
export interface ViewInput {
  rows: readonly FleetRow[];
  query: FilterQuery;
  sort: string | undefined;
  descending: boolean;
  ctx: RowContext;
  properties: readonly RowProperty[];
}

/** Past this share of changed rows, filtering or sorting all again is as quick. */
const INCREMENTAL_SHARE = 0.25;

/**
 * The rows that changed from one listing to the next (replaced in place or added at the
 * end), or undefined when rows were removed or moved: then the view is computed again.
 */
export function changedIndexes(prev: readonly FleetRow[], next: readonly FleetRow[]): number[] | undefined {
  return next.length < prev.length ? undefined : changedOrCut(prev, next);
}

/**
 * The same, and also for a listing that ends earlier with the same rows up to its end (an
 * older snapshot, rendered again while a newer one waits in a transition).
 */
function changedOrCut(prev: readonly FleetRow[], next: readonly FleetRow[]): number[] | undefined {
  const changed: number[] = [];
  const common = Math.min(prev.length, next.length);
  for (let i = 0; i < common; i++) {
    const a = prev[i]!;
    const b = next[i]!;
    if (a === b) continue;
    if (a.key !== b.key) return undefined;
    changed.push(i);
  }
  for (let i = prev.length; i < next.length; i++) changed.push(i);
  return changed;
}

/** One bit per row: whether it matches the query. */
interface Matches {
  queryText: string;
  properties: readonly RowProperty[];
  ctx: RowContext;
  rows: readonly FleetRow[];
  bits: Uint8Array;
}

interface Order {
  prop: RowProperty;
  properties: readonly RowProperty[];
  ctx: RowContext;
  order: SortOrder;
}

interface Shown {
  input: ViewInput;
  queryText: string;
  result: readonly FleetRow[];
}

/** Sort orders kept for the latest sorted properties, so sorting by one of them again is a pass over it. */
const KEPT_ORDERS = 3;

/**
 * The inventory's filtered and sorted rows. Each row's match (one bit per row, for the
 * query) and every row's order by the sort key (SortOrder, for the last few sorted
 * properties) are kept from one fleet snapshot to the next, where only the rows a snapshot
 * replaced or added are tested and placed again; the view is one pass over the kept order
 * that keeps the matching rows. So a new filter tests every row but sorts nothing, a sort
 * already kept (or the other direction) sorts nothing, and a snapshot that changed no row
 * the view shows returns the same array. Equal to `sortRows(filterRows(...))` on every input.
 */
export class RowView {
  private matches?: Matches;
  private orders: Order[] = [];
  private shown?: Shown;

  update(input: ViewInput): readonly FleetRow[] {
    const { rows, query, ctx, properties } = input;
    const queryText = JSON.stringify(query);
    const test = rowTest(query, properties);
    const prop = input.sort ? propertyByKey(input.sort, properties) : undefined;
    const prev = this.shown;
    const sameView = prev !== undefined && prev.queryText === queryText && prev.input.sort === input.sort
      && prev.input.descending === input.descending && prev.input.ctx === ctx && prev.input.properties === properties;
    const changed = sameView ? changedOrCut(prev.input.rows, rows) : undefined;
    // Whether a row that changed was shown before or is shown now: otherwise the same rows show.
    let touched = changed === undefined || !prev || (!test && changed.length > 0) || rows.length < prev.input.rows.length;
    let bits: Uint8Array | undefined;
    if (test) {
      const kept = this.matches;
      const keep = kept !== undefined && kept.queryText === queryText && kept.properties === properties && kept.ctx === ctx;
      const since = keep ? (kept.rows === prev?.input.rows && changed ? changed : changedOrCut(kept.rows, rows)) : undefined;
      if (keep && since) {
        bits = kept.bits.length >= rows.length ? kept.bits : grow(kept.bits, rows.length);
        for (const i of since) {
          const was = bits[i] === 1;
          bits[i] = test(rows[i]!, ctx) ? 1 : 0;
          if (was || bits[i] === 1) touched = true;
        }
      } else {
        bits = new Uint8Array(rows.length);
        for (let i = 0; i < rows.length; i++) bits[i] = test(rows[i]!, ctx) ? 1 : 0;
        touched = true;
      }
      this.matches = { queryText, properties, ctx, rows, bits };
    }
    const order = prop ? this.orderFor(prop, rows, ctx, properties) : undefined;
    let result: readonly FleetRow[];
    if (sameView && !touched) result = prev.result;
    else if (!bits && !order) result = rows;
    else {
      const out: FleetRow[] = [];
      const visit = bits ? (i: number) => { if (bits[i] === 1) out.push(rows[i]!); } : (i: number) => { out.push(rows[i]!); };
      if (order) order.walk(input.descending, visit);
      else for (let i = 0; i < rows.length; i++) visit(i);
      result = out;
    }
    this.shown = { input, queryText, result };
    return result;
  }

  /** The rows' order by this property: a kept one brought up to date, or a new one. */
  private orderFor(prop: RowProperty, rows: readonly FleetRow[], ctx: RowContext, properties: readonly RowProperty[]): SortOrder {
    const at = this.orders.findIndex((o) => (o.prop === prop || (o.properties === properties && o.prop.key === prop.key))
      && (o.ctx === ctx || !readsContext(prop)));
    const kept = at >= 0 ? this.orders[at]! : undefined;
    const changed = kept ? changedOrCut(kept.order.rows, rows) : undefined;
    let entry: Order;
    if (kept && changed && changed.length <= rows.length * INCREMENTAL_SHARE) {
      kept.order.patch(rows, changed);
      entry = kept;
    } else entry = { prop, properties, ctx, order: new SortOrder(rows, (row) => sortKey(prop, row, ctx)) };
    // A context-free order stays valid across clock ticks; its key function reads `ctx` only through readsContext props.
    this.orders = [entry, ...this.orders.filter((_o, i) => i !== at)].slice(0, KEPT_ORDERS);
    return entry.order;
  }
}

function grow(bits: Uint8Array, length: number): Uint8Array {
  const next = new Uint8Array(Math.max(length, bits.length * 2));
  next.set(bits);
  return next;
}
