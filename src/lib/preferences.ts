import { useSyncExternalStore } from 'react';

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

const KEY = 'snow-dashboard:preferences';
const listeners = new Set<() => void>();
let current: Preferences = load();

function load(): Preferences {
  try {
    const raw = typeof localStorage === 'undefined' ? null : localStorage.getItem(KEY);
    return raw ? { ...DEFAULT_PREFERENCES, ...(JSON.parse(raw) as Partial<Preferences>) } : DEFAULT_PREFERENCES;
  } catch {
    return DEFAULT_PREFERENCES;
  }
}

/** Current preferences, outside React. */
export function getPreferences(): Preferences {
  return current;
}

/** Merges a change into the preferences and persists it. */
export function setPreferences(change: Partial<Preferences>): void {
  current = { ...current, ...change };
  try {
    localStorage.setItem(KEY, JSON.stringify(current));
  } catch {
    // Storage full or disabled: keep the in-memory value.
  }
  listeners.forEach((l) => l());
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Preferences as React state. */
export function usePreferences(): Preferences {
  return useSyncExternalStore(subscribe, getPreferences, getPreferences);
}
