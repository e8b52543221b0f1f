import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { SnapshotPublisher } from './snapshot-publisher';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('batches changes by urgency and says whether a publication carried an urgent one', async () => {
  let n = 0;
  const publisher = new SnapshotPublisher(() => ++n, { soonMs: 100, slowMs: 1_000 });
  const seen: Array<[number, boolean]> = [];
  publisher.subscribe(() => seen.push([publisher.getSnapshot(), publisher.isUrgent()]));
  publisher.changed('slow');
  publisher.changed('slow');
  await vi.advanceTimersByTimeAsync(1_000);
  // One publication for both background changes, not urgent.
  expect(seen).toEqual([[2, false]]);
  publisher.changed('slow');
  publisher.changed('soon');
  await vi.advanceTimersByTimeAsync(100);
  expect(seen).toEqual([[2, false], [3, true]]);
  publisher.changed('slow');
  await vi.advanceTimersByTimeAsync(1_000);
  expect(seen.at(-1)).toEqual([4, false]);
  publisher.changed('now');
  await vi.advanceTimersByTimeAsync(0);
  expect(seen.at(-1)).toEqual([5, true]);
  publisher.dispose();
});
