import { describe, expect, it } from 'vitest';
import { codeLabel, deviceTypeCode, deviceTypeName, isKnownDeviceType } from './device-types';

describe('deviceTypeName', () => {
  it('names every documented device type by its product', () => {
    expect(deviceTypeName('V3_5C')).toBe('Snowball Edge Compute Optimized (AMD EPYC Gen2, NVMe)');
    expect(deviceTypeName('V3_5S')).toBe('Snowball Edge Storage Optimized 210 TB');
    expect(deviceTypeName('EDGE_C')).toBe('Snowball Edge Compute Optimized');
    expect(deviceTypeName('EDGE_CG')).toBe('Snowball Edge Compute Optimized with GPU');
    expect(deviceTypeName('EDGE_S')).toBe('Snowball Edge Storage Optimized');
    expect(deviceTypeName('EDGE')).toBe('Snowball Edge Storage Optimized with EC2 compute');
    expect(deviceTypeName('SNC1_HDD')).toBe('Snowcone HDD');
    expect(deviceTypeName('SNC1_SSD')).toBe('Snowcone SSD');
    expect(deviceTypeName('STANDARD')).toBe('Snowball');
    expect(deviceTypeName('RACK_5U_C')).toBe('Snowblade');
  });

  it('gives every code its own name, so names filter as precisely as codes', () => {
    const codes = ['STANDARD', 'EDGE', 'EDGE_C', 'EDGE_CG', 'EDGE_S', 'SNC1_HDD', 'SNC1_SSD', 'V3_5C', 'V3_5S', 'RACK_5U_C'];
    expect(new Set(codes.map(deviceTypeName)).size).toBe(codes.length);
  });

  it('reads codes in any case and keeps unknown codes as they come', () => {
    expect(deviceTypeName('snc1_ssd')).toBe('Snowcone SSD');
    expect(deviceTypeName('V4_9X')).toBe('V4_9X');
    expect(isKnownDeviceType('V4_9X')).toBe(false);
    expect(isKnownDeviceType('EDGE_C')).toBe(true);
    expect(deviceTypeName(undefined)).toBeUndefined();
    expect(deviceTypeName('')).toBeUndefined();
  });

  it('finds the code of a name or a code', () => {
    expect(deviceTypeCode('Snowcone SSD')).toBe('SNC1_SSD');
    expect(deviceTypeCode('edge_c')).toBe('EDGE_C');
    expect(deviceTypeCode('Something else')).toBeUndefined();
  });

  it('does not take names from the prototype', () => {
    expect(deviceTypeName('constructor')).toBe('constructor');
    expect(isKnownDeviceType('toString')).toBe(false);
  });
});

describe('codeLabel', () => {
  it('writes state codes in sentence case', () => {
    expect(codeLabel('UNLOCKED')).toBe('Unlocked');
    expect(codeLabel('DOWNLOADING')).toBe('Downloading');
    expect(codeLabel('NOT_STARTED')).toBe('Not started');
  });

  it('keeps other text as it is', () => {
    expect(codeLabel('Installing')).toBe('Installing');
    expect(codeLabel(undefined)).toBeUndefined();
    expect(codeLabel('')).toBeUndefined();
  });
});
