import type { CacheBackend } from './backend';

/** A Map behind the cache (tests): values are structured clones, as IndexedDB stores them. */
export function memoryBackend(): CacheBackend & { data: Map<string, unknown> } {
  const data = new Map<string, unknown>();
  return {
    data,
    getMany: async (keys) => keys.map((k) => (data.has(k) ? structuredClone(data.get(k)) : undefined)),
    set: async (k, v) => void data.set(k, structuredClone(v)),
    delMany: async (keys) => keys.forEach((k) => data.delete(k)),
    keys: async () => [...data.keys()],
  };
}
