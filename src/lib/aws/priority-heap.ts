/** What the request queue orders by: higher priority first, then the earlier queued (lower seq). */
export interface Ranked {
  priority: number;
  seq: number;
}

// A binary max-heap on (priority, then lower seq first), kept in a plain array.
function before(a: Ranked, b: Ranked) {
  return a.priority > b.priority || (a.priority === b.priority && a.seq < b.seq);
}
// Indices below are always in range (0 ≤ i < heap.length), hence the non-null assertions.
function swap<T>(heap: T[], i: number, j: number) {
  [heap[i], heap[j]] = [heap[j]!, heap[i]!];
}
export function heapPush<T extends Ranked>(heap: T[], entry: T) {
  heap.push(entry);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!before(heap[i]!, heap[p]!)) break;
    swap(heap, i, p);
    i = p;
  }
}
export function heapPop<T extends Ranked>(heap: T[]): T | undefined {
  const top = heap[0];
  const last = heap.pop();
  if (last === undefined) return undefined;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
      if (m === i) break;
      swap(heap, i, m);
      i = m;
    }
  }
  return top;
}
