import { describe, expect, it } from 'vitest';
import { RowMemo, RowMemos, textSortKey } from './row-memo';
import { testRow } from './test-rows';

const ctx = { now: 1_000, onlineThresholdMs: 60_000 };

describe('RowMemo', () => {
  it('computes a value once per row object and context', () => {
    let calls = 0;
    const memo = new RowMemo((r) => {
      calls++;
      return r.managedDeviceId.toUpperCase();
    });
    const a = testRow('smd-a');
    expect(memo.get(a, ctx)).toBe('SMD-A');
    expect(memo.get(a, ctx)).toBe('SMD-A');
    expect(calls).toBe(1);
    // A replaced row (a new description) and a new context are computed again.
    expect(memo.get({ ...a }, ctx)).toBe('SMD-A');
    expect(calls).toBe(2);
    expect(memo.get(a, { ...ctx, now: 2_000 })).toBe('SMD-A');
    expect(calls).toBe(3);
  });

  it('keeps undefined values too', () => {
    let calls = 0;
    const memo = new RowMemo(() => {
      calls++;
      return undefined;
    });
    const a = testRow('smd-a');
    memo.get(a, ctx);
    memo.get(a, ctx);
    expect(calls).toBe(1);
  });
});

describe('RowMemos', () => {
  it('returns the same memo for a name and forgets the oldest beyond its limit', () => {
    const memos = new RowMemos<number>(2);
    const first = memos.for('a', () => 1);
    expect(memos.for('a', () => 2)).toBe(first);
    memos.for('b', () => 3);
    memos.for('c', () => 4);
    expect(memos.for('a', () => 5).get(testRow('x'), ctx)).toBe(5);
  });
});

describe('textSortKey', () => {
  const sort = (xs: string[]) => [...xs].sort((a, b) => (textSortKey(a) < textSortKey(b) ? -1 : textSortKey(a) > textSortKey(b) ? 1 : 0));
  it('orders digit runs by number, ignoring case and accents, as the collator does', () => {
    const xs = ['smd-10', 'SMD-9', 'smd-100', 'Édge', 'edge', 'alpha', 'smd-009a'];
    const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
    expect(sort(xs).map(textSortKey)).toEqual([...xs].sort(collator.compare).map(textSortKey));
    expect(sort(['b2', 'b10', 'B1'])).toEqual(['B1', 'b2', 'b10']);
    // Runs longer than 16 digits, runs beside letters and punctuation.
    const more = ['x12345678901234567890', 'x9', 'x-1', 'x1a', 'x1', 'xa', 'x01b', 'x 2', 'x0', '9', 'a'];
    expect(sort(more)).toEqual([...more].sort(collator.compare));
  });
});
