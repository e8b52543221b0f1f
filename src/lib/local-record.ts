/**
 * One JSON record in localStorage, for choices that are not secret (never keys, tokens or
 * anything a credential provider returns). Reading never throws: a missing, unreadable or
 * malformed record reads as undefined, and `parse` decides what of it is still valid.
 * Writing never throws either: with storage full or disabled the value lasts for the visit.
 */
export function localRecord<T>(key: string, parse: (raw: unknown) => T | undefined) {
  return {
    load(): T | undefined {
      try {
        const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
        return raw === null ? undefined : parse(JSON.parse(raw));
      } catch {
        return undefined;
      }
    },
    /** As `load`, and whether a record was there that could not be read (so the UI can say so). */
    read(): { value: T | undefined; damaged: boolean } {
      try {
        const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(key);
        if (raw === null) return { value: undefined, damaged: false };
        const value = parse(JSON.parse(raw));
        return { value, damaged: value === undefined };
      } catch {
        return { value: undefined, damaged: true };
      }
    },
    save(value: T): void {
      try {
        localStorage.setItem(key, JSON.stringify(value));
      } catch {
        // Storage full or disabled: the in-memory value holds for this visit.
      }
    },
    remove(): void {
      try {
        localStorage.removeItem(key);
      } catch {
        // Nothing to forget.
      }
    },
  };
}

/** The members of a parsed JSON object, or undefined when it is not one. */
export function asObject(raw: unknown): Record<string, unknown> | undefined {
  return raw && typeof raw === 'object' && !Array.isArray(raw) ? (raw as Record<string, unknown>) : undefined;
}
