import { createExternalStore, useExternalStore } from './external-store';
import { asObject, localRecord } from './local-record';

/**
 * Operator preferences, kept in localStorage. Never put credentials here: secrets live
 * in memory only (see connection/).
 */
export interface Preferences {
  theme: 'light' | 'dark' | 'system';
  density: 'comfortable' | 'compact';
  /** A device is online when it reached out within this many minutes. */
  onlineThresholdMinutes: number;
  /** Refresh what is on screen automatically. */
  autoRefresh: boolean;
  autoRefreshSeconds: number;
}

export const DEFAULT_PREFERENCES: Preferences = {
  theme: 'light',
  density: 'comfortable',
  onlineThresholdMinutes: 15,
  autoRefresh: true,
  autoRefreshSeconds: 60,
};

const record = localRecord<Partial<Preferences>>('snow-dashboard:preferences', (raw) => asObject(raw) as Partial<Preferences> | undefined);
const store = createExternalStore<Preferences>({ ...DEFAULT_PREFERENCES, ...record.load() });

/** Current preferences, outside React. */
export function getPreferences(): Preferences {
  return store.get();
}

/** Merges a change into the preferences and persists it. */
export function setPreferences(change: Partial<Preferences>): void {
  store.set({ ...store.get(), ...change });
  record.save(store.get());
}

/** Preferences as React state. */
export function usePreferences(): Preferences {
  return useExternalStore(store);
}
