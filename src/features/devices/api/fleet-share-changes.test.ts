import { describe, expect, it } from 'vitest';
import { testRow } from '../model/test-rows';
import { rowChanges } from './fleet-share';

describe('rowChanges (what the leader broadcasts after a publication)', () => {
  const [a, b, c] = ['smd-a', 'smd-b', 'smd-c'].map((id) => testRow(id));
  it('sends the rows replaced in place and added, nothing else', () => {
    const b2 = { ...b!, detailAt: 1 };
    expect(rowChanges([a!, b!], [a!, b2, c!])).toEqual({ changed: [b2, c], removed: [] });
    expect(rowChanges([a!, b!], [a!, b!])).toEqual({ changed: [], removed: [] });
  });

  it('sends the keys of removed rows, and rows that moved', () => {
    const c2 = { ...c!, detailAt: 2 };
    expect(rowChanges([a!, b!, c!], [c2, a!])).toEqual({ changed: [c2], removed: [b!.key] });
  });
});
