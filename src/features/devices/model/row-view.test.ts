import { describe, expect, it } from 'vitest';
import { ROW_PROPERTIES } from '../components/inventory/table-config';
import type { FleetRow } from '../api/fleet-types';
import { compareEntries, filterRows, sortEntries, sortRows, type FilterQuery, type SortEntry } from './filter-rows';
import { changedIndexes, RowView, type ViewInput } from './row-view';
import { makeRow, random, testRow } from './test-rows';

const ctx = { now: Date.parse('2025-06-01T12:00:00Z'), onlineThresholdMs: 15 * 60_000 };

const QUERIES: FilterQuery[] = [
  { operation: 'and', tokens: [] },
  { operation: 'and', tokens: [{ propertyKey: 'state', operator: '=', value: 'Locked' }] },
  { operation: 'and', tokens: [{ operator: ':', value: 'smd-1' }] },
  { operation: 'or', tokens: [{ propertyKey: 'status', operator: '=', value: 'Online' }, { operator: ':', value: 'berlin' }] },
  { operation: 'and', tokens: [{ propertyKey: 'software', operator: '>', value: '110' }] },
];
const SORTS: (string | undefined)[] = [undefined, 'id', 'state', 'software', 'lastContact', 'status'];

const expected = (v: ViewInput) => sortRows(filterRows(v.rows, v.query, v.ctx, v.properties), v.sort, v.descending, v.ctx, v.properties).map((r) => r.key);

describe('RowView', () => {
  it('equals filtering and sorting the whole fleet again, over random changes', () => {
    for (let seed = 1; seed <= 12; seed++) {
      const rand = random(seed);
      let rows: FleetRow[] = Array.from({ length: 300 }, (_, i) => makeRow(rand, `smd-${i}`));
      let next = rows.length;
      const view = new RowView();
      let input: ViewInput = { rows, query: QUERIES[seed % QUERIES.length]!, sort: SORTS[seed % SORTS.length], descending: seed % 2 === 0, ctx, properties: ROW_PROPERTIES };
      for (let step = 0; step < 40; step++) {
        const r = rand();
        rows = rows.slice();
        if (r < 0.6) {
          // Descriptions arrive: some rows replaced in place.
          const n = 1 + Math.floor(rand() * 20);
          for (let k = 0; k < n; k++) {
            const i = Math.floor(rand() * rows.length);
            rows[i] = makeRow(rand, rows[i]!.managedDeviceId);
          }
        } else if (r < 0.8) {
          for (let k = 0; k < 10; k++) rows.push(makeRow(rand, `smd-${next++}`));
        } else if (r < 0.87) {
          rows.splice(Math.floor(rand() * rows.length), 3);
        } else if (r < 0.94) {
          input = { ...input, query: QUERIES[Math.floor(rand() * QUERIES.length)]!, sort: SORTS[Math.floor(rand() * SORTS.length)], descending: rand() < 0.5 };
        }
        input = { ...input, rows };
        expect(view.update(input).map((row) => row.key), `seed ${seed}, step ${step}`).toEqual(expected(input));
      }
    }
  });

  it('stays equal when renders alternate between an older and a newer snapshot and the view changes often', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const rand = random(100 + seed);
      const view = new RowView();
      let older: FleetRow[] = Array.from({ length: 400 }, (_, i) => makeRow(rand, `smd-${i}`));
      let newer = older;
      let input: ViewInput = { rows: older, query: QUERIES[0]!, sort: 'id', descending: false, ctx, properties: ROW_PROPERTIES };
      for (let step = 0; step < 60; step++) {
        const r = rand();
        if (r < 0.4) {
          // A background snapshot: some rows described again, sometimes new rows listed.
          older = newer;
          newer = newer.slice();
          for (let k = Math.floor(rand() * 30); k > 0; k--) {
            const i = Math.floor(rand() * newer.length);
            newer[i] = makeRow(rand, newer[i]!.managedDeviceId);
          }
          if (rand() < 0.3) for (let k = 0; k < 5; k++) newer.push(makeRow(rand, `smd-${newer.length}`));
        } else if (r < 0.8) {
          input = { ...input, query: QUERIES[Math.floor(rand() * QUERIES.length)]!, sort: SORTS[Math.floor(rand() * SORTS.length)], descending: rand() < 0.5 };
        }
        // The operator's change renders with the committed (older) rows, the transition with the newer ones.
        for (const rows of [older, newer]) {
          const at = { ...input, rows };
          expect(view.update(at).map((row) => row.key), `seed ${seed}, step ${step}`).toEqual(expected(at));
        }
      }
    }
  });

  it('returns the same list when nothing the view shows changed', () => {
    const rand = random(99);
    const rows = Array.from({ length: 50 }, (_, i) => makeRow(rand, `smd-${i}`));
    const view = new RowView();
    const input: ViewInput = { rows, query: QUERIES[1]!, sort: 'id', descending: false, ctx, properties: ROW_PROPERTIES };
    const first = view.update(input);
    // A new snapshot (a new array) of the same rows, and an equal query object.
    expect(view.update({ ...input, rows: rows.slice(), query: { ...QUERIES[1]! } })).toBe(first);
  });
});

describe('changedIndexes', () => {
  it('lists rows replaced in place and added at the end, and gives up on removed or moved rows', () => {
    const [a, b, c] = ['smd-a', 'smd-b', 'smd-c'].map((id) => testRow(id)) as [FleetRow, FleetRow, FleetRow];
    const b2 = { ...b };
    expect(changedIndexes([a, b], [a, b2, c])).toEqual([1, 2]);
    expect(changedIndexes([a, b], [a, b])).toEqual([]);
    expect(changedIndexes([a, b, c], [a, c])).toBeUndefined();
    expect(changedIndexes([a, b], [b, a])).toBeUndefined();
  });
});

describe('sortEntries', () => {
  it('orders as compareEntries does: text, numbers, mixed, rows without a value last', () => {
    const rand = random(7);
    const row = testRow('smd-x');
    for (const kind of ['text', 'number', 'mixed'] as const) {
      for (const descending of [false, true]) {
        const entries: SortEntry[] = Array.from({ length: 200 }, (_, i) => {
          const n = Math.floor(rand() * 20);
          const v = rand() < 0.15 ? undefined : kind === 'number' || (kind === 'mixed' && rand() < 0.5) ? n : `k${n}`;
          return { row, i, v };
        });
        const reference = [...entries].sort(compareEntries(descending));
        expect(sortEntries([...entries], descending).map((e) => e.i), `${kind} ${descending}`).toEqual(reference.map((e) => e.i));
      }
    }
  });
});
