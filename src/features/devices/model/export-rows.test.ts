import { describe, expect, it } from 'vitest';
import { csvField, toCsv, toJson } from './export-rows';
import { testRow } from './test-rows';

const ctx = { now: Date.parse('2025-06-01T12:00:00Z'), onlineThresholdMs: 900_000 };

describe('export', () => {
  it('quotes CSV fields that need it and defuses formulas', () => {
    expect(csvField('plain')).toBe('plain');
    expect(csvField('a,b')).toBe('"a,b"');
    expect(csvField('say "hi"')).toBe('"say ""hi"""');
    expect(csvField('two\nlines')).toBe('"two\nlines"');
    expect(csvField('=SUM(A1)')).toBe("'=SUM(A1)");
    expect(csvField(42)).toBe('42');
  });

  it('writes one header line and one line per row', () => {
    const rows = [
      testRow('smd-a', { deviceState: 'LOCKED', lastReachedOutAt: new Date('2025-06-01T11:58:00Z'), software: { installedVersion: '122', installState: 'NA' } }, 'us-west-2', { Name: 'rack, 1', site: 'berlin' }),
      testRow('smd-b'),
    ];
    const [header = '', first = '', second = '', ...rest] = toCsv(rows, ctx).split('\r\n');
    expect(header.split(',').slice(0, 4)).toEqual(['region', 'managedDeviceId', 'name', 'deviceType']);
    expect(first).toContain('us-west-2,smd-a,"rack, 1",,LOCKED,Online,2025-06-01T11:58:00.000Z,');
    expect(first).toContain(',122,,');
    expect(first.endsWith('"Name=rack, 1; site=berlin"')).toBe(true);
    expect(second).toMatch(/^us-west-2,smd-b,/);
    expect(rest).toEqual(['']); // the trailing line end
    const json = JSON.parse(toJson(rows, ctx)) as Array<{ tags: Record<string, string> }>;
    expect(json[0]?.tags).toEqual({ Name: 'rack, 1', site: 'berlin' });
  });
});
