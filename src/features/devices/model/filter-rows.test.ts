import { describe, expect, it } from 'vitest';
import { filterRows, parseWhen, prepareSearch, sortRows, type FilterQuery } from './filter-rows';
import { ROW_PROPERTIES } from '../components/inventory/table-config';
import { tagKeys, tagProperties } from './properties';
import { testRow } from './test-rows';

const now = Date.parse('2025-06-01T12:00:00Z');
const ctx = { now, onlineThresholdMs: 15 * 60_000 };
const ago = (min: number) => new Date(now - min * 60_000);

const rows = [
  testRow('smd-a', { deviceState: 'LOCKED', deviceType: 'SNC1_HDD', lastReachedOutAt: ago(2), software: { installedVersion: '122' } }, 'us-west-2', { site: 'Berlin', Name: 'alpha' }),
  testRow('smd-b', { deviceState: 'UNLOCKED', deviceType: 'SNC1_SSD', lastReachedOutAt: ago(60), software: { installedVersion: '98' } }, 'us-west-2', { site: 'paris' }),
  testRow('smd-c', { deviceState: 'UNLOCKING', deviceType: 'SNC1_HDD', lastReachedOutAt: ago(5), software: { installedVersion: 'NA' } }, 'eu-west-1', { team: 'ops' }),
  testRow('smd-d', undefined, 'eu-west-1'),
];
// The inventory's own fields, so the filter is tested on what the operator filters by.
const props = [...ROW_PROPERTIES, ...tagProperties(tagKeys(rows), ROW_PROPERTIES)];
const ids = (q: FilterQuery) => filterRows(rows, q, ctx, props).map((r) => r.managedDeviceId);
const and = (...tokens: FilterQuery['tokens']): FilterQuery => ({ operation: 'and', tokens });

describe('filterRows', () => {
  it('filters on a tag key, case-insensitively for equality', () => {
    expect(ids(and({ propertyKey: 'tag:site', operator: '=', value: 'berlin' }))).toEqual(['smd-a']);
    expect(ids(and({ propertyKey: 'tag:site', operator: '!=', value: 'berlin' }))).toEqual(['smd-b', 'smd-c', 'smd-d']);
  });

  it('filters device types by product name or API code, and states in either case', () => {
    expect(ids(and({ propertyKey: 'type', operator: '=', value: 'Snowcone HDD' }))).toEqual(['smd-a', 'smd-c']);
    expect(ids(and({ propertyKey: 'type', operator: '=', value: 'SNC1_SSD' }))).toEqual(['smd-b']);
    expect(ids(and({ propertyKey: 'type', operator: '!=', value: 'SNC1_HDD' }))).toEqual(['smd-b', 'smd-d']);
    expect(ids(and({ propertyKey: 'type', operator: '!:', value: 'Snowcone' }))).toEqual(['smd-d']);
    expect(ids(and({ propertyKey: 'state', operator: '=', value: 'Locked' }))).toEqual(['smd-a']);
    expect(ids(and({ propertyKey: 'state', operator: '=', value: 'LOCKED' }))).toEqual(['smd-a']);
    expect(ids(and({ operator: ':', value: 'snc1_ssd' }))).toEqual(['smd-b']);
  });

  it('filters on lock state and online status', () => {
    expect(ids(and({ propertyKey: 'state', operator: '!=', value: 'UNLOCKED' }))).toEqual(['smd-a', 'smd-c', 'smd-d']);
    expect(ids(and({ propertyKey: 'status', operator: '=', value: 'Online' }))).toEqual(['smd-a', 'smd-c']);
    expect(ids(and({ propertyKey: 'status', operator: '=', value: 'Offline' }))).toEqual(['smd-b']);
  });

  it('compares software build numbers numerically, not as text', () => {
    expect(ids(and({ propertyKey: 'software', operator: '<', value: '100' }))).toEqual(['smd-b']);
    expect(ids(and({ propertyKey: 'software', operator: '>=', value: '99' }))).toEqual(['smd-a']);
    expect(ids(and({ propertyKey: 'software', operator: '<', value: '2.3' }))).toEqual([]);
  });

  it('filters dates by age and combines tokens with and/or', () => {
    expect(ids(and({ propertyKey: 'lastContact', operator: '<', value: '30m' }))).toEqual(['smd-b']);
    expect(ids({ operation: 'or', tokens: [{ propertyKey: 'tag:team', operator: '=', value: 'ops' }, { propertyKey: 'type', operator: '=', value: 'SNC1_SSD' }] })).toEqual(['smd-b', 'smd-c']);
    expect(ids(and({ propertyKey: 'type', operator: '=', value: 'SNC1_HDD' }, { propertyKey: 'region', operator: '=', value: 'eu-west-1' }))).toEqual(['smd-c']);
  });

  it('matches free text against every column, tags included', () => {
    expect(ids(and({ operator: ':', value: 'alpha' }))).toEqual(['smd-a']);
    expect(ids(and({ operator: ':', value: 'paris' }))).toEqual(['smd-b']);
    expect(ids(and({ operator: '!:', value: 'snc1' }))).toEqual(['smd-d']);
  });

  it('follows a replaced row and a new clock, though unchanged rows keep their earlier answer', () => {
    const online = and({ propertyKey: 'status', operator: '=', value: 'Online' });
    const list = [...rows];
    expect(filterRows(list, online, ctx, props).map((r) => r.managedDeviceId)).toEqual(['smd-a', 'smd-c']);
    // smd-b reached out just now: its row is replaced, as the fleet store does.
    list[1] = { ...list[1]!, detail: { ...list[1]!.detail!, lastReachedOutAt: ago(1) } };
    expect(filterRows(list, online, ctx, props).map((r) => r.managedDeviceId)).toEqual(['smd-a', 'smd-b', 'smd-c']);
    // An hour later nobody has reached out within the threshold.
    expect(filterRows(list, online, { ...ctx, now: now + 3_600_000 }, props)).toEqual([]);
    expect(filterRows(list, and({ operator: ':', value: 'ALPHA' }), { ...ctx, now: now + 1 }, props).map((r) => r.managedDeviceId)).toEqual(['smd-a']);
  });

  it('prepares the search text ahead, in slices, with the same answers', () => {
    const list = [...rows, testRow('smd-e', { deviceState: 'LOCKED' }, 'eu-west-1', { site: 'lisbon' })];
    expect(prepareSearch(list, props, ctx, 0, -Infinity)).toBe(1); // past the deadline: one row, then stop
    expect(prepareSearch(list, props, ctx, 1, Infinity)).toBe(list.length - 1);
    expect(filterRows(list, and({ operator: ':', value: 'lisbon' }), ctx, props).map((r) => r.managedDeviceId)).toEqual(['smd-e']);
    // Online status is matched with the clock of the filter, not the one the text was built with.
    expect(filterRows(list, and({ operator: ':', value: 'online' }), ctx, props).map((r) => r.managedDeviceId)).toEqual(['smd-a', 'smd-c']);
    expect(filterRows(list, and({ operator: ':', value: 'online' }), { ...ctx, now: now + 86_400_000 }, props)).toEqual([]);
  });

  it('parses ages and absolute dates', () => {
    expect(parseWhen('2h', now)).toBe(now - 7_200_000);
    expect(parseWhen('15 minutes ago', now)).toBe(now - 900_000);
    expect(parseWhen('2025-05-01T00:00:00Z', now)).toBe(Date.parse('2025-05-01T00:00:00Z'));
    expect(parseWhen('soon', now)).toBeUndefined();
  });
});

describe('sortRows', () => {
  const sorted = (key: string, desc = false) => sortRows(rows, key, desc, ctx, props).map((r) => r.managedDeviceId);

  it('sorts numbers numerically and keeps rows without a value last in both directions', () => {
    expect(sorted('software')).toEqual(['smd-b', 'smd-a', 'smd-c', 'smd-d']);
    expect(sorted('software', true)).toEqual(['smd-a', 'smd-b', 'smd-c', 'smd-d']);
    expect(sorted('lastContact', true)).toEqual(['smd-a', 'smd-c', 'smd-b', 'smd-d']);
  });

  it('sorts text and tags, and leaves the order alone without a sort key', () => {
    expect(sorted('state')).toEqual(['smd-a', 'smd-b', 'smd-c', 'smd-d']);
    expect(sorted('tag:site', true)).toEqual(['smd-b', 'smd-a', 'smd-c', 'smd-d']);
    expect(sortRows(rows, undefined, false, ctx, props)).toBe(rows);
  });

  it('sorts ids by their numbers, case-insensitively, and follows replaced rows', () => {
    const list = [testRow('smd-10'), testRow('SMD-9'), testRow('smd-100')];
    expect(sortRows(list, 'id', false, ctx, props).map((r) => r.managedDeviceId)).toEqual(['SMD-9', 'smd-10', 'smd-100']);
    const renamed = [...rows];
    renamed[3] = testRow('smd-d', { deviceState: 'LOCKED' }, 'eu-west-1');
    expect(sortRows(renamed, 'state', false, ctx, props).map((r) => r.managedDeviceId)).toEqual(['smd-a', 'smd-d', 'smd-b', 'smd-c']);
  });
});
