import { describe, expect, it, vi } from 'vitest';
import { createExternalStore, RENDER_HOLD_MS, renderGate } from './external-store';
import { localRecord } from './local-record';

describe('createExternalStore', () => {
  it('tells every listener about a new value until they unsubscribe', () => {
    const store = createExternalStore(1);
    const a = vi.fn();
    const stop = store.subscribe(a);
    store.set(2);
    stop();
    store.set(3);
    expect(a).toHaveBeenCalledTimes(1);
    expect(store.get()).toBe(3);
  });
});

describe('localRecord', () => {
  it('reads undefined without storage or with a malformed record, and never throws on save', () => {
    const record = localRecord('k', (raw) => (typeof raw === 'number' ? raw : undefined));
    expect(record.load()).toBeUndefined(); // no localStorage in this environment
    expect(() => record.save(1)).not.toThrow();
    const store = new Map<string, string>();
    vi.stubGlobal('localStorage', { getItem: (k: string) => store.get(k) ?? null, setItem: (k: string, v: string) => store.set(k, v), removeItem: (k: string) => store.delete(k) });
    try {
      store.set('k', '{not json');
      expect(record.load()).toBeUndefined();
      record.save(7);
      expect(record.load()).toBe(7);
      store.set('k', '"seven"');
      expect(record.load()).toBeUndefined();
      record.remove();
      expect(store.has('k')).toBe(false);
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

describe('renderGate', () => {
  /** A store, a gate over it, and the values each render asked for would show. */
  function setup() {
    const store = createExternalStore(0);
    let clock = 0;
    const renders: number[] = [];
    const gate = renderGate(store.get, () => renders.push(store.get()), () => clock);
    gate.committed(0); // the value on screen at mount
    return { store, gate, renders, tick: (ms: number) => (clock += ms) };
  }

  it('renders one value at a time, then the latest one once the first has committed', () => {
    const { store, gate, renders } = setup();
    gate.changed();
    expect(renders).toEqual([]); // the value on screen
    store.set(1);
    gate.changed();
    store.set(2);
    gate.changed();
    store.set(3);
    gate.changed();
    expect(renders).toEqual([1]);
    gate.committed(1);
    expect(renders).toEqual([1, 3]);
    gate.committed(3);
    expect(renders).toEqual([1, 3]);
  });

  it('lets the next value through when a render has not committed within the hold', () => {
    const { store, gate, renders, tick } = setup();
    store.set(1);
    gate.changed();
    tick(RENDER_HOLD_MS - 1);
    store.set(2);
    gate.changed();
    expect(renders).toEqual([1]);
    tick(1);
    gate.changed();
    expect(renders).toEqual([1, 2]);
  });
});
