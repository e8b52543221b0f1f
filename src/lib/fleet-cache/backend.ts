import { createStore, delMany, getMany, keys, set, type UseStore } from 'idb-keyval';

/** The few storage calls the fleet cache makes; tests put a Map behind it. */
export interface CacheBackend {
  getMany(keys: string[]): Promise<unknown[]>;
  set(key: string, value: unknown): Promise<void>;
  delMany(keys: string[]): Promise<void>;
  keys(): Promise<IDBValidKey[]>;
}

function idbBackend(): CacheBackend | undefined {
  if (typeof indexedDB === 'undefined') return undefined;
  let store: UseStore | undefined;
  // The database opens on first use, not when the module loads.
  const db = () => (store ??= createStore('snow-dashboard-fleet-cache', 'entries'));
  return {
    getMany: (k) => getMany(k, db()),
    set: (k, v) => set(k, v, db()),
    delMany: (k) => delMany(k, db()),
    keys: () => keys(db()),
  };
}

let backend: CacheBackend | undefined | null = null;

/** IndexedDB through idb-keyval, or undefined where the browser has none (the cache is then off). */
export function cacheBackend(): CacheBackend | undefined {
  if (backend === null) backend = idbBackend();
  return backend;
}

/** Replaces the storage (tests). */
export function setCacheBackend(next: CacheBackend | undefined): void {
  backend = next;
}
