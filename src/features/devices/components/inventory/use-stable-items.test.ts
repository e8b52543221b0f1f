import { describe, expect, it } from 'vitest';
import { sameItems } from './use-stable-items';

describe('sameItems', () => {
  it('is true for the same items in the same order, by identity', () => {
    const a = { id: 1 };
    const b = { id: 2 };
    expect(sameItems([a, b], [a, b])).toBe(true);
    expect(sameItems([], [])).toBe(true);
  });

  it('is false for another order, length or a replaced item', () => {
    const a = { id: 1 };
    const b = { id: 2 };
    expect(sameItems([a, b], [b, a])).toBe(false);
    expect(sameItems([a, b], [a])).toBe(false);
    expect(sameItems([a, b], [a, { id: 2 }])).toBe(false);
  });
});
