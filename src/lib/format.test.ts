import { describe, expect, it } from 'vitest';
import { formatBytes, formatCapacity, formatRelative } from './format';

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
    expect(formatBytes(32 * 1024 ** 3)).toBe('32.0 GB');
    expect(formatBytes(8 * 1024 ** 4)).toBe('8.0 TB');
    expect(formatCapacity(104, 'Number')).toBe('104');
    expect(formatCapacity(undefined, 'Byte')).toBe('-');
  });
});
