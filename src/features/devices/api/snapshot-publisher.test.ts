import { afterEach, beforeEach, expect, it, vi } from 'vitest';
import { SnapshotPublisher } from './snapshot-publisher';

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

it('batches changes by urgency', async () => {
  let n = 0;
  const publisher = new SnapshotPublisher(() => ++n, { soonMs: 100, slowMs: 1_000 });
  const seen: number[] = [];
  publisher.subscribe(() => seen.push(publisher.getSnapshot()));
  publisher.changed('slow');
  publisher.changed('slow');
  await vi.advanceTimersByTimeAsync(1_000);
  // One publication for both background changes.
  expect(seen).toEqual([2]);
  publisher.changed('slow');
  publisher.changed('soon');
  await vi.advanceTimersByTimeAsync(100);
  expect(seen).toEqual([2, 3]);
  publisher.changed('slow');
  await vi.advanceTimersByTimeAsync(1_000);
  expect(seen.at(-1)).toBe(4);
  publisher.changed('now');
  await vi.advanceTimersByTimeAsync(0);
  expect(seen.at(-1)).toBe(5);
  publisher.dispose();
});
