import { describe, expect, it } from 'vitest';
import { BOM, csvField, exportCounts, toCsv, toJson } from './export-rows';
import { testRow } from './test-rows';

const ctx = { now: Date.parse('2025-06-01T12:00:00Z'), onlineThresholdMs: 900_000 };
const denied = Object.assign(new Error('User is not authorized'), { name: 'AccessDeniedException', command: 'DescribeDevice', region: 'us-west-2' });

describe('export', () => {
  it('quotes CSV fields that need it and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField('-1+2')).toBe("'-1+2");
    expect(csvField(42)).toBe('42');
  });

  it('starts with a byte-order mark and the table’s column names, one line per row', () => {
    const rows = [
      testRow('smd-a', { deviceType: 'SNC1_SSD', deviceState: 'LOCKED', lastReachedOutAt: new Date('2025-06-01T11:58:00Z'), software: { installedVersion: '122', installingVersion: '131', installState: 'DOWNLOADING' } }, 'us-west-2', { Name: 'Łódź depot, rack 1', site: 'berlin' }),
      testRow('smd-b'),
    ];
    const csv = toCsv(rows, ctx);
    expect(csv.startsWith(BOM)).toBe(true);
    expect(new TextEncoder().encode(csv).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
    const [header = '', first = '', second = '', ...rest] = csv.slice(1).split('\r\n');
    expect(header.split(',')).toEqual([
      'Device ID', 'Described', 'Name', 'Region', 'Type', 'State', 'Status', 'Last contact', 'Data updated', 'Software',
      'Installing version', 'Install state', 'Order job', 'Storage used (%)', 'Memory used (%)', 'ARN', 'Tags', 'Type code',
    ]);
    // Product names and states in the table's words; the type's code in its own column.
    expect(first).toBe('smd-a,Yes,"Łódź depot, rack 1",us-west-2,Snowcone SSD,Locked,Online,2025-06-01T11:58:00.000Z,,122,131,Downloading,,,,,"Name=Łódź depot, rack 1; site=berlin",SNC1_SSD');
    expect(second).toBe('smd-b,Not yet,,us-west-2,,,,,,,,,,,,,,');
    expect(rest).toEqual(['']); // the trailing line end
  });

  it('marks rows that are not described yet or whose describe failed, in CSV, JSON and the counts', () => {
    const failed = { ...testRow('smd-c'), detailError: denied };
    const earlier = { ...testRow('smd-d', { deviceState: 'UNLOCKED' }), detailError: denied };
    const rows = [testRow('smd-a', { deviceState: 'LOCKED' }), testRow('smd-b'), failed, earlier];
    const lines = toCsv(rows, ctx).split('\r\n');
    expect(lines.slice(1, 5).map((l) => l.split(',')[1])).toEqual(['Yes', 'Not yet', 'No: Access denied', 'Earlier description only (the latest failed: Access denied)']);
    expect(exportCounts(rows)).toEqual({ devices: 4, notDescribed: 1, failed: 1 });
    const json = JSON.parse(toJson(rows, ctx)) as Array<{ managedDeviceId: string; detailStatus: string; detailError?: string; deviceState: string }>;
    expect(json.map((r) => [r.managedDeviceId, r.detailStatus, r.detailError ?? null, r.deviceState])).toEqual([
      ['smd-a', 'described', null, 'LOCKED'],
      ['smd-b', 'not-described', null, ''],
      ['smd-c', 'failed', 'Access denied', ''],
      ['smd-d', 'earlier-only', 'Access denied', 'UNLOCKED'],
    ]);
  });

  it('writes JSON with the API’s member names for scripts', () => {
    const json = JSON.parse(toJson([testRow('smd-a', { deviceType: 'EDGE_C', deviceState: 'LOCKED' }, 'us-west-2', { site: 'berlin' })], ctx)) as Array<Record<string, unknown>>;
    expect(json[0]).toMatchObject({ deviceType: 'EDGE_C', deviceTypeName: 'Snowball Edge Compute Optimized', deviceState: 'LOCKED' });
    expect(Object.keys(json[0] ?? {})).toEqual(expect.arrayContaining(['region', 'managedDeviceId', 'deviceState', 'lastReachedOutAt', 'managedDeviceArn', 'tags']));
    expect(json[0]?.tags).toEqual({ site: 'berlin' });
  });
});
