import { describe, expect, it } from 'vitest';
import { formatAbsolute, formatBytes, formatCapacity, formatRelative } from './format';

describe('format', () => {
  it('formats relative times in both directions', () => {
    const now = Date.UTC(2026, 0, 1, 12);
    expect(formatRelative(new Date(now - 5 * 60_000), now)).toBe('5 minutes ago');
    expect(formatRelative(new Date(now - 3 * 86_400_000), now)).toBe('3 days ago');
    expect(formatRelative(new Date(now + 2 * 3_600_000), now)).toBe('in 2 hours');
    expect(formatRelative(new Date(now - 2_000), now)).toBe('just now');
  });

  it('formats bytes in binary units and counts as numbers', () => {
    expect(formatBytes(512)).toBe('512 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(1024)).toBe('1.0 KiB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MiB');
    expect(formatBytes(32 * 1024 ** 3)).toBe('32.0 GiB');
    expect(formatBytes(208 * 1024 ** 3)).toBe('208 GiB');
    expect(formatBytes(8 * 1024 ** 4)).toBe('8.0 TiB');
    expect(formatBytes(3 * 1024 ** 5)).toBe('3.0 PiB');
    expect(formatBytes(undefined)).toBe('-');
    expect(formatCapacity(104, 'Number')).toBe('104');
    expect(formatCapacity(4 * 1024 ** 3, 'Byte')).toBe('4.0 GiB');
    expect(formatCapacity(undefined, 'Byte')).toBe('-');
  });

  it('shows absolute times in the operator\'s zone and in UTC', () => {
    const date = new Date(Date.UTC(2026, 11, 1, 10, 5, 0));
    const text = formatAbsolute(date);
    expect(text).toContain('UTC');
    // Whatever the zone the tests run in, the UTC wall time is there.
    expect(text).toMatch(/10:05:00/);
  });
});
