import { describe, expect, it, vi } from 'vitest';
import { createExternalStore } from './external-store';
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
