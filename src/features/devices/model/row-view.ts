import type { FleetRow } from '../api/fleet-types';
import { compareEntries, rowMatcher, sortEntries, sortKeyOf, type FilterQuery, type SortEntry } from './filter-rows';
import type { RowProperty } from './properties';
import type { RowContext } from './row-values';

/** What the inventory shows: the fleet's rows, filtered by a query and sorted by a property. */
export interface ViewInput {
  rows: readonly FleetRow[];
  query: FilterQuery;
  sort: string | undefined;
  descending: boolean;
  ctx: RowContext;
  properties: readonly RowProperty[];
}

interface Kept {
  input: ViewInput;
  queryText: string;
  /** The matching rows in the view's order; absent when the view neither filters nor sorts. */
  entries?: SortEntry[];
  result: readonly FleetRow[];
}

/** Past this share of changed rows, filtering and sorting all again is as quick. */
const INCREMENTAL_SHARE = 0.25;

/**
 * The rows that changed from one listing to the next (replaced in place or added at the
 * end), or undefined when rows were removed or moved: then the view is computed again.
 */
export function changedIndexes(prev: readonly FleetRow[], next: readonly FleetRow[]): number[] | undefined {
  if (next.length < prev.length) return undefined;
  const changed: number[] = [];
  for (let i = 0; i < prev.length; i++) {
    const a = prev[i]!;
    const b = next[i]!;
    if (a === b) continue;
    if (a.key !== b.key) return undefined;
    changed.push(i);
  }
  for (let i = prev.length; i < next.length; i++) changed.push(i);
  return changed;
}

/** Merges two lists sorted by `cmp` into one. */
function merge(a: readonly SortEntry[], b: readonly SortEntry[], cmp: (x: SortEntry, y: SortEntry) => number): SortEntry[] {
  const out: SortEntry[] = new Array<SortEntry>(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) out[n++] = cmp(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out;
}

/**
 * The inventory's filtered and sorted rows, kept from one fleet snapshot to the next: a
 * snapshot that replaced or added some rows re-tests and re-places only those (one pass over
 * the kept order, no sort of the whole fleet), and one that changed nothing the view shows
 * returns the same array. Equal to `sortRows(filterRows(...))` on every input.
 */
export class RowView {
  private kept?: Kept;

  update(input: ViewInput): readonly FleetRow[] {
    const queryText = JSON.stringify(input.query);
    const prev = this.kept;
    const same = prev !== undefined && prev.queryText === queryText && prev.input.sort === input.sort && prev.input.descending === input.descending
      && prev.input.ctx === input.ctx && prev.input.properties === input.properties;
    const changed = same ? changedIndexes(prev.input.rows, input.rows) : undefined;
    let kept: Kept;
    if (!prev || !changed || (prev.entries && changed.length > input.rows.length * INCREMENTAL_SHARE)) kept = this.full(input, queryText);
    else if (!prev.entries) kept = { input, queryText, result: input.rows };
    else kept = this.patch(prev, prev.entries, input, changed);
    this.kept = kept;
    return kept.result;
  }

  private full(input: ViewInput, queryText: string): Kept {
    const match = rowMatcher(input.query, input.ctx, input.properties);
    const keyOf = sortKeyOf(input.sort, input.ctx, input.properties);
    if (!match && !keyOf) return { input, queryText, result: input.rows };
    let entries: SortEntry[] = [];
    input.rows.forEach((row, i) => {
      if (!match || match(row)) entries.push({ row, i, v: keyOf?.(row) });
    });
    if (keyOf) entries = sortEntries(entries, input.descending);
    return { input, queryText, entries, result: entries.map((e) => e.row) };
  }

  private patch(prev: Kept, entries: readonly SortEntry[], input: ViewInput, changed: readonly number[]): Kept {
    if (changed.length === 0) return { ...prev, input };
    const match = rowMatcher(input.query, input.ctx, input.properties);
    const keyOf = sortKeyOf(input.sort, input.ctx, input.properties);
    const cmp = keyOf ? compareEntries(input.descending) : (a: SortEntry, b: SortEntry) => a.i - b.i;
    const gone = new Uint8Array(input.rows.length);
    for (const i of changed) gone[i] = 1;
    // Unchanged rows keep their match and their key, so their order stands.
    const stay = entries.filter((e) => gone[e.i] === 0);
    const added: SortEntry[] = [];
    for (const i of changed) {
      const row = input.rows[i]!;
      if (!match || match(row)) added.push({ row, i, v: keyOf?.(row) });
    }
    added.sort(cmp);
    const next = merge(stay, added, cmp);
    return { input, queryText: prev.queryText, entries: next, result: next.map((e) => e.row) };
  }
}
