import type { FleetRow } from '../api/fleet-types';
import type { RowContext } from './row-values';

/**
 * Derived values per row, kept while the row object and the context stay the same. Rows are
 * replaced, never mutated (see FleetRows), so a row that did not change between two
 * snapshots keeps what was computed for it: on 50,000 rows a filter, sort or search then
 * costs a lookup per unchanged row instead of deriving every value again.
 */
export class RowMemo<V> {
  private ctx?: RowContext;
  private values = new WeakMap<FleetRow, { v: V }>();

  /** `perContext: false` for values that do not depend on the context: they outlive a clock tick. */
  constructor(
    private readonly compute: (row: FleetRow, ctx: RowContext) => V,
    private readonly perContext = true,
  ) {}

  /** Whether the row's value is kept already. */
  has(row: FleetRow, ctx: RowContext): boolean {
    return (!this.perContext || ctx === this.ctx) && this.values.has(row);
  }

  get(row: FleetRow, ctx: RowContext): V {
    if (this.perContext && ctx !== this.ctx) {
      // A new clock tick or threshold: online status and ages may differ for every row.
      this.ctx = ctx;
      this.values = new WeakMap();
    }
    const hit = this.values.get(row);
    if (hit) return hit.v;
    const v = this.compute(row, ctx);
    this.values.set(row, { v });
    return v;
  }
}

/** Memos by name (a property key, a query), dropped once more than `max` are kept. */
export class RowMemos<V> {
  private readonly memos = new Map<string, RowMemo<V>>();

  constructor(private readonly max = 16) {}

  for(name: string, compute: (row: FleetRow, ctx: RowContext) => V): RowMemo<V> {
    let memo = this.memos.get(name);
    if (!memo) {
      if (this.memos.size >= this.max) this.memos.delete(this.memos.keys().next().value!);
      memo = new RowMemo(compute);
      this.memos.set(name, memo);
    }
    return memo;
  }
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;
/**
 * A digit run as `0`, its length (one character) and its digits without leading zeros: runs
 * compare by length, then digit by digit, so by number at any length; against any other
 * character a run reads as `0`, as a padded number would.
 */
const digitRun = (d: string) => {
  const n = d.replace(/^0+(?=\d)/, '');
  return `0${String.fromCharCode(0x30 + n.length)}${n}`;
};
/** Sort keys by text: a device's id or name keeps its key when its row is replaced by a newer description. */
const sortKeys = new Map<string, string>();
const MAX_SORT_KEYS = 200_000;

/**
 * A text's sort key: the collation the inventory sorts by (case and accents ignored, digit
 * runs by number) as a plain string, so sorting 50,000 rows compares strings with `<`
 * instead of calling a collator a million times.
 */
export function textSortKey(text: string): string {
  const known = sortKeys.get(text);
  if (known !== undefined) return known;
  const plain = PRINTABLE_ASCII.test(text) ? text : text.normalize('NFD').replace(/[\u0300-\u036f]/g, '');
  const key = plain.toLowerCase().replace(/\d+/g, digitRun);
  if (sortKeys.size >= MAX_SORT_KEYS) sortKeys.clear();
  sortKeys.set(text, key);
  return key;
}
