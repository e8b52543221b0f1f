import type { FleetRow } from '../api/fleet-types';
import type { SortKey } from './filter-rows';

type Key = string | number;

/** Two keys as compareEntries orders them: numbers as numbers, anything else as text. */
export function compareKeys(a: Key, b: Key): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  const x = String(a);
  const y = String(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

const byKeyThenIndex = (keys: readonly SortKey[]) => (a: number, b: number) => compareKeys(keys[a]!, keys[b]!) || a - b;

/** Index bits in a sort code (rows up to 2,097,152), below 4 characters of 7 bits: 49 bits, exact in a double. */
const INDEX_BITS = 2 ** 21;
const CHARS = 4;

/** Runs this short are sorted by comparing keys. */
const SHORT_RUN = 16;

/** The length of the prefix the keys of these indexes share: the prefix of the first and the last key in order. */
function sharedPrefix(keys: readonly SortKey[], indexes: readonly number[]): number {
  let min = keys[indexes[0]!] as string;
  let max = min;
  for (const i of indexes) {
    const k = keys[i] as string;
    if (k < min) min = k;
    else if (k > max) max = k;
  }
  let c = 0;
  while (c < min.length && c < max.length && min.charCodeAt(c) === max.charCodeAt(c)) c++;
  return c;
}

/**
 * Text keys in order, into `out` from `at`: sorted first by a number made of the 4
 * characters after the prefix they all share (7 bits each, a character past 126 read as
 * 127 and the characters after it as 0) and the index, natively (a Float64Array); each run of keys with the same 4
 * characters is then sorted the same way from its own shared prefix (digit runs padded
 * with zeros share long prefixes), and a short run by comparing keys.
 */
function sortTexts(keys: readonly SortKey[], indexes: readonly number[], out: Int32Array, at: number, after = -1): void {
  const common = sharedPrefix(keys, indexes);
  if (indexes.length <= SHORT_RUN || common <= after) {
    // Short, or keys that differ only in characters read as 127: compare them whole.
    out.set([...indexes].sort(byKeyThenIndex(keys)), at);
    return;
  }
  const codes = new Float64Array(indexes.length);
  indexes.forEach((i, j) => {
    const k = keys[i] as string;
    let p = 0;
    let capped = false;
    for (let c = common; c < common + CHARS; c++) {
      // After a character read as 127 the order is the whole key's: the rest read as 0, so such keys share a run.
      const code: number = capped || c >= k.length ? 0 : Math.min(k.charCodeAt(c), 127);
      capped ||= code === 127;
      p = p * 128 + code;
    }
    codes[j] = p * INDEX_BITS + i;
  });
  codes.sort();
  let start = 0;
  for (let j = 1; j <= codes.length; j++) {
    if (j < codes.length && Math.floor(codes[j]! / INDEX_BITS) === Math.floor(codes[start]! / INDEX_BITS)) continue;
    if (j - start === 1) out[at + start] = codes[start]! % INDEX_BITS;
    else {
      const run: number[] = [];
      for (let r = start; r < j; r++) run.push(codes[r]! % INDEX_BITS);
      // Keys all equal keep index order (the codes sorted them so).
      if ((keys[run[0]!] as string) === keys[run[run.length - 1]!] && run.every((i) => keys[i] === keys[run[0]!])) out.set(run, at + start);
      else sortTexts(keys, run, out, at + start, common);
    }
    start = j;
  }
}

/** Number keys in order: ranked among their distinct values (sorted natively), then sorted as `rank * n + index`. */
function sortNumbers(keys: readonly SortKey[], indexes: readonly number[]): Int32Array {
  const values = Float64Array.from(new Set(indexes.map((i) => keys[i] as number))).sort();
  const rank = new Map<number, number>();
  values.forEach((v, r) => rank.set(v, r));
  const n = keys.length;
  const codes = new Float64Array(indexes.length);
  indexes.forEach((i, j) => {
    codes[j] = rank.get(keys[i] as number)! * n + i;
  });
  codes.sort();
  return Int32Array.from(codes, (c) => c % n);
}

/**
 * Row indexes with a key, in ascending order of key and then index (as compareEntries),
 * without calling a comparator for most pairs when the keys are of one kind.
 */
export function sortIndexes(keys: readonly SortKey[], indexes: readonly number[]): Int32Array {
  let texts = 0;
  for (const i of indexes) if (typeof keys[i] === 'string') texts++;
  if (indexes.length === 0) return new Int32Array(0);
  if (texts === indexes.length && keys.length <= INDEX_BITS) {
    const out = new Int32Array(indexes.length);
    sortTexts(keys, indexes, out, 0);
    return out;
  }
  if (texts === 0) return sortNumbers(keys, indexes);
  return Int32Array.from([...indexes].sort(byKeyThenIndex(keys)));
}

/** Merges two index lists ordered by `cmp`. */
function merge(a: Int32Array, b: Int32Array, cmp: (x: number, y: number) => number): Int32Array {
  const out = new Int32Array(a.length + b.length);
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) out[n++] = cmp(a[i]!, b[j]!) <= 0 ? a[i++]! : b[j++]!;
  while (i < a.length) out[n++] = a[i++]!;
  while (j < b.length) out[n++] = b[j++]!;
  return out;
}

const without = (list: Int32Array, out: Uint8Array) => list.filter((i) => out[i] === 0);

/**
 * Every row of a listing in the order of one sort key: rows with a value by key, then rows
 * without one, ties in listing order (as sortEntries). Kept from one snapshot to the next:
 * a row whose key did not change keeps its place, so a snapshot re-places only the rows it
 * added or whose key changed, and descending order is read from the same list.
 */
export class SortOrder {
  private keys: SortKey[];
  private valued: Int32Array;
  private empty: Int32Array;

  constructor(
    public rows: readonly FleetRow[],
    private readonly keyOf: (row: FleetRow) => SortKey,
  ) {
    this.keys = rows.map(keyOf);
    const valued: number[] = [];
    const empty: number[] = [];
    this.keys.forEach((k, i) => (k === undefined ? empty : valued).push(i));
    this.valued = sortIndexes(this.keys, valued);
    this.empty = Int32Array.from(empty);
  }

  /**
   * Takes in the rows of `changed` (replaced in place or added at the end) of a newer listing,
   * or of an older one that ends earlier (a render of the snapshot before): the rows past
   * its end leave the order.
   */
  patch(rows: readonly FleetRow[], changed: readonly number[]): void {
    const moved: number[] = [];
    const keys = this.keys;
    const cut = this.rows.length > rows.length ? this.rows.length : 0;
    for (const i of changed) {
      const k = this.keyOf(rows[i]!);
      if (i >= this.rows.length || k !== keys[i]) moved.push(i);
      keys[i] = k;
    }
    this.rows = rows;
    if (moved.length === 0 && !cut) return;
    const out = new Uint8Array(Math.max(rows.length, cut));
    for (const i of moved) out[i] = 1;
    for (let i = rows.length; i < cut; i++) out[i] = 1;
    keys.length = rows.length;
    const cmp = byKeyThenIndex(keys);
    const valued = moved.filter((i) => keys[i] !== undefined);
    const empty = Int32Array.from(moved.filter((i) => keys[i] === undefined)).sort();
    this.valued = merge(without(this.valued, out), sortIndexes(keys, valued), cmp);
    this.empty = merge(without(this.empty, out), empty, (a, b) => a - b);
  }

  /** Visits every row index in ascending or descending order of key (ties and rows without a value in listing order). */
  walk(descending: boolean, visit: (i: number) => void): void {
    const { valued, keys } = this;
    if (!descending) valued.forEach(visit);
    else {
      // Runs of equal keys keep listing order: walk the runs from the end, each forwards.
      let end = valued.length;
      while (end > 0) {
        const last = keys[valued[end - 1]!]!;
        let start = end - 1;
        while (start > 0 && compareKeys(keys[valued[start - 1]!]!, last) === 0) start--;
        for (let j = start; j < end; j++) visit(valued[j]!);
        end = start;
      }
    }
    this.empty.forEach(visit);
  }
}
