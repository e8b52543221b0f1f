import { describe, expect, it } from 'vitest';
import { ROW_PROPERTIES } from '../components/inventory/table-config';
import type { FleetRow } from '../api/fleet-types';
import { FilterOptions } from './filter-options';
import { tagKeys, tagProperties } from './properties';
import { makeRow, random, testRow } from './test-rows';

const now = Date.parse('2025-06-01T12:00:00Z');
const ctxAt = (t: number) => ({ now: t, onlineThresholdMs: 15 * 60_000 });

describe('FilterOptions', () => {
  it('suggests each distinct value most common first, with the API code beside a label', () => {
    const rows = [
      testRow('smd-a', { deviceState: 'LOCKED', deviceType: 'SNC1_HDD' }),
      testRow('smd-b', { deviceState: 'LOCKED', deviceType: 'SNC1_SSD' }),
      testRow('smd-c', { deviceState: 'UNLOCKED', deviceType: 'SNC1_HDD' }),
    ];
    const options = new FilterOptions().get(rows, ROW_PROPERTIES, ctxAt(now));
    expect(options.filter((o) => o.propertyKey === 'state').map((o) => [o.value, o.tags])).toEqual([['Locked', ['LOCKED']], ['Unlocked', ['UNLOCKED']]]);
    expect(options.filter((o) => o.propertyKey === 'type').map((o) => o.value)).toEqual(['Snowcone HDD', 'Snowcone SSD']);
  });

  it('kept up to date equals counting every row again, over random changes and clock ticks', () => {
    for (let seed = 1; seed <= 8; seed++) {
      const rand = random(seed);
      let rows: FleetRow[] = Array.from({ length: 200 }, (_, i) => makeRow(rand, `smd-${i}`));
      const props = [...ROW_PROPERTIES, ...tagProperties(tagKeys(rows), ROW_PROPERTIES)];
      let next = rows.length;
      let ctx = ctxAt(now);
      const kept = new FilterOptions();
      for (let step = 0; step < 30; step++) {
        const r = rand();
        rows = rows.slice();
        if (r < 0.6) for (let k = 0; k < 15; k++) {
          const i = Math.floor(rand() * rows.length);
          rows[i] = makeRow(rand, rows[i]!.managedDeviceId);
        }
        else if (r < 0.8) for (let k = 0; k < 8; k++) rows.push(makeRow(rand, `smd-${next++}`));
        else if (r < 0.9) rows.splice(Math.floor(rand() * rows.length), 2);
        else ctx = ctxAt(ctx.now + 10 * 60_000);
        expect(kept.get(rows, props, ctx), `seed ${seed}, step ${step}`).toEqual(new FilterOptions().get(rows, props, ctx));
      }
    }
  });

  it('returns the same suggestions when a snapshot changed no row', () => {
    const rows = [testRow('smd-a', { deviceState: 'LOCKED' })];
    const counter = new FilterOptions();
    const ctx = ctxAt(now);
    const again = counter.get(rows, ROW_PROPERTIES, ctx);
    expect(counter.get(rows.slice(), ROW_PROPERTIES, ctx)).toBe(again);
  });
});
