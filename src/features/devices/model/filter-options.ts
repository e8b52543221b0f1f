import type { FleetRow } from '../api/fleet-types';
import type { RowProperty } from './properties';
import type { RowContext } from './row-values';
import { changedIndexes } from './row-view';

/** A suggested filter value, as Cloudscape's PropertyFilter takes it. */
export interface FilterOption {
  propertyKey: string;
  value: string;
  tags?: string[];
  filteringTags?: string[];
}

/** Suggested values per property at most. */
export const MAX_VALUES = 200;

interface Tally {
  n: number;
  alt?: string;
}
type Counts = Map<string, Tally>;

/** Values of these properties are suggested: enums and tags. */
const suggested = (p: RowProperty) => p.type === 'enum' || p.group !== undefined;
/** A property whose value reads the context (online status) is counted again on a new clock tick. */
const readsContext = (p: RowProperty) => p.value.length >= 2;

function tally(counts: Counts, p: RowProperty, row: FleetRow, ctx: RowContext, by: 1 | -1) {
  const v = p.value(row, ctx);
  if (v === undefined) return;
  const text = String(v);
  const seen = counts.get(text);
  if (!seen) {
    if (by > 0) counts.set(text, { n: 1, alt: p.alt?.(row) });
    return;
  }
  seen.n += by;
  if (seen.n <= 0) counts.delete(text);
  else if (by > 0) seen.alt ??= p.alt?.(row);
}

function countAll(p: RowProperty, rows: readonly FleetRow[], ctx: RowContext): Counts {
  const counts: Counts = new Map();
  for (const r of rows) tally(counts, p, r, ctx, 1);
  return counts;
}

/** Most common first, then by value, capped; a label's API code beside it. */
function optionsOf(props: readonly RowProperty[], counts: readonly Counts[]): FilterOption[] {
  const out: FilterOption[] = [];
  props.forEach((p, k) => {
    const entries = [...counts[k]!].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    for (const [value, { alt }] of entries.slice(0, MAX_VALUES)) {
      const code = alt !== undefined && alt !== value ? [alt] : undefined;
      out.push({ propertyKey: p.key, value, tags: code, filteringTags: code });
    }
  });
  return out;
}

interface Kept {
  rows: readonly FleetRow[];
  all: readonly RowProperty[];
  ctx: RowContext;
  props: readonly RowProperty[];
  counts: Counts[];
  options: FilterOption[];
}

/**
 * The filter's suggested values (every distinct value of enum and tag properties, most
 * common first), counted once and then kept up to date from one snapshot to the next: only
 * the rows a snapshot replaced or added are counted again, and the online status on a new
 * clock tick, so a fleet of 50,000 filling up never recounts every row.
 */
export class FilterOptions {
  private kept?: Kept;

  get(rows: readonly FleetRow[], all: readonly RowProperty[], ctx: RowContext): FilterOption[] {
    const prev = this.kept;
    const changed = prev && prev.all === all ? changedIndexes(prev.rows, rows) : undefined;
    if (!prev || !changed) {
      const props = all.filter(suggested);
      const counts = props.map((p) => countAll(p, rows, ctx));
      this.kept = { rows, all, ctx, props, counts, options: optionsOf(props, counts) };
      return this.kept.options;
    }
    if (changed.length === 0 && prev.ctx === ctx) return prev.options;
    prev.props.forEach((p, k) => {
      if (readsContext(p) && prev.ctx !== ctx) {
        prev.counts[k] = countAll(p, rows, ctx);
        return;
      }
      const counts = prev.counts[k]!;
      for (const i of changed) {
        const old = prev.rows[i];
        if (old) tally(counts, p, old, prev.ctx, -1);
        tally(counts, p, rows[i]!, ctx, 1);
      }
    });
    this.kept = { ...prev, rows, ctx, options: optionsOf(prev.props, prev.counts) };
    return this.kept.options;
  }
}
