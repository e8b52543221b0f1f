import type { FleetRow } from '../api/fleet-types';
import { readsContext, type RowProperty } from './properties';
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

const textOf = (p: RowProperty, row: FleetRow, ctx: RowContext) => {
  const v = p.value(row, ctx);
  return v === undefined ? undefined : String(v);
};

function tally(counts: Counts, p: RowProperty, row: FleetRow, text: string | undefined, by: 1 | -1) {
  if (text === undefined) return;
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
  for (const r of rows) tally(counts, p, r, textOf(p, r, ctx), 1);
  return counts;
}

/** One property's values, most common first, then by value, capped; a label's API code beside it. */
function optionsOf(p: RowProperty, counts: Counts): FilterOption[] {
  const entries = [...counts].sort((a, b) => b[1].n - a[1].n || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  return entries.slice(0, MAX_VALUES).map(([value, { alt }]) => {
    const code = alt !== undefined && alt !== value ? [alt] : undefined;
    return { propertyKey: p.key, value, tags: code, filteringTags: code };
  });
}

interface Kept {
  rows: readonly FleetRow[];
  all: readonly RowProperty[];
  ctx: RowContext;
  props: readonly RowProperty[];
  counts: Counts[];
  /** Each property's suggestions, made again only when its counts changed. */
  lists: FilterOption[][];
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
      const lists = props.map((p, k) => optionsOf(p, counts[k]!));
      this.kept = { rows, all, ctx, props, counts, lists, options: lists.flat() };
      return this.kept.options;
    }
    if (changed.length === 0 && prev.ctx === ctx) return prev.options;
    let any = false;
    prev.props.forEach((p, k) => {
      let dirty = false;
      if (readsContext(p) && prev.ctx !== ctx) {
        prev.counts[k] = countAll(p, rows, ctx);
        dirty = true;
      } else {
        const counts = prev.counts[k]!;
        for (const i of changed) {
          const old = prev.rows[i];
          const row = rows[i]!;
          const before = old && textOf(p, old, prev.ctx);
          const now = textOf(p, row, ctx);
          // A description that left this value alone (most of them, for most properties) changes no count.
          if (old && before === now && (now === undefined || counts.get(now)?.alt !== undefined || p.alt?.(row) === undefined)) continue;
          if (old) tally(counts, p, old, before, -1);
          tally(counts, p, row, now, 1);
          dirty = true;
        }
      }
      if (dirty) {
        prev.lists[k] = optionsOf(p, prev.counts[k]!);
        any = true;
      }
    });
    this.kept = { ...prev, rows, ctx, options: any ? prev.lists.flat() : prev.options };
    return this.kept.options;
  }
}
