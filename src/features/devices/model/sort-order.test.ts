import { describe, expect, it } from 'vitest';
import type { FleetRow } from '../api/fleet-types';
import { compareEntries, sortEntries, type SortKey } from './filter-rows';
import { textSortKey } from './row-memo';
import { sortIndexes, SortOrder } from './sort-order';
import { random, testRow } from './test-rows';

const PARTS = ['smd-', 'a', 'b', 'Z', '0', '7', '12', '-', 'é', 'ß', '\u4e2d', '\u{1f600}', ' '];

/** Random text: shared prefixes, digit runs, accents, characters past 126, duplicates. */
function text(rand: () => number): string {
  let s = rand() < 0.5 ? 'smd-' : '';
  const n = Math.floor(rand() * 8);
  for (let k = 0; k < n; k++) s += PARTS[Math.floor(rand() * PARTS.length)];
  return s;
}

/** The reference order: sortEntries, which the inventory sorted by before. */
const reference = (keys: readonly SortKey[], descending = false) =>
  sortEntries(keys.map((v, i) => ({ row: undefined as unknown as FleetRow, i, v })), descending).map((e) => e.i);

describe('sortIndexes', () => {
  it('orders text keys as the comparator does, ties in index order', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const rand = random(seed);
      const size = seed < 10 ? 20 : 2_000;
      // Few distinct values (many ties) in some seeds, nearly all distinct in others.
      const pool = Array.from({ length: seed % 3 === 0 ? 5 : size }, () => textSortKey(text(rand)));
      const keys = Array.from({ length: size }, () => pool[Math.floor(rand() * pool.length)]!);
      const all = keys.map((_, i) => i);
      expect([...sortIndexes(keys, all)], `seed ${seed}`).toEqual(reference(keys));
      const some = all.filter(() => rand() < 0.5);
      expect([...sortIndexes(keys, some)], `seed ${seed}, some`).toEqual([...some].sort((a, b) => compareEntries(false)({ row: undefined as unknown as FleetRow, i: a, v: keys[a] }, { row: undefined as unknown as FleetRow, i: b, v: keys[b] })));
    }
  });

  it('orders number keys and keys of both kinds as the comparator does', () => {
    const rand = random(5);
    const numbers = Array.from({ length: 1_000 }, () => Math.floor(rand() * 50) - 10 + (rand() < 0.1 ? 0.5 : 0));
    expect([...sortIndexes(numbers, numbers.map((_, i) => i))]).toEqual(reference(numbers));
    const mixed = numbers.map((n) => (rand() < 0.5 ? `k${n}` : n));
    expect([...sortIndexes(mixed, mixed.map((_, i) => i))]).toEqual(reference(mixed));
  });
});

describe('SortOrder', () => {
  it('equals sorting every row again, in both directions, over random changes', () => {
    for (let seed = 1; seed <= 10; seed++) {
      const rand = random(seed);
      const name = () => (rand() < 0.2 ? undefined : `edge-${Math.floor(rand() * 40)}`);
      const make = (i: number) => testRow(`smd-${i}`, undefined, 'us-west-2', { Name: name() ?? '' });
      const keyOf = (row: FleetRow): SortKey => (row.summary.tags?.Name ? textSortKey(row.summary.tags.Name) : undefined);
      let rows = Array.from({ length: 200 }, (_, i) => make(i));
      const order = new SortOrder(rows, keyOf);
      for (let step = 0; step < 30; step++) {
        const next = rows.slice();
        const changed: number[] = [];
        for (let k = Math.floor(rand() * 15); k > 0; k--) {
          const i = Math.floor(rand() * next.length);
          next[i] = make(i);
          changed.push(i);
        }
        for (let k = rand() < 0.3 ? 5 : 0; k > 0; k--) next.push(make(next.length));
        for (let i = rows.length; i < next.length; i++) changed.push(i);
        order.patch(next, [...new Set(changed)].sort((a, b) => a - b));
        rows = next;
        for (const descending of [false, true]) {
          const seen: number[] = [];
          order.walk(descending, (i) => seen.push(i));
          expect(seen, `seed ${seed}, step ${step}, ${descending}`).toEqual(reference(rows.map(keyOf), descending));
        }
      }
    }
  });
});
