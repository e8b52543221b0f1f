import { createElement, forwardRef, useEffect, useState, type ComponentType } from 'react';
import { whenIdle } from './idle';
import { retryImport } from './lazy-retry';

/** Loads of parts not asked for yet, started together on the first sign of use. */
const pending = new Set<() => void>();
let started = false;
let stopListening: (() => void) | undefined;

/** How long after the page opened the parts load anyway, if no one touched it (past the first rows). */
export const DEFERRED_PARTS_IDLE_MS = 8_000;

const INTERACTIONS = ['pointerdown', 'keydown', 'focusin'] as const;

function startAll(): void {
  if (started) return;
  started = true;
  stopListening?.();
  for (const load of pending) load();
  pending.clear();
}

function listen(): void {
  if (stopListening || started || typeof window === 'undefined') return;
  const options = { capture: true, passive: true } as const;
  for (const type of INTERACTIONS) window.addEventListener(type, startAll, options);
  const cancelIdle = whenIdle(startAll, { afterMs: DEFERRED_PARTS_IDLE_MS });
  stopListening = () => {
    for (const type of INTERACTIONS) window.removeEventListener(type, startAll, options);
    cancelIdle();
  };
}

/**
 * A component whose code the first view never runs (a menu's items, a popover's body): it
 * loads when the operator first touches the page (pointer, key or focus, before any menu or
 * popover can open), after DEFERRED_PARTS_IDLE_MS at the latest, or when it first renders,
 * whichever comes first; until then it renders nothing. Failed loads are retried
 * (retryImport), and tried again when the part next mounts (a popover opened again).
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component, as React.lazy takes
export function deferredPart<T extends ComponentType<any>>(load: () => Promise<T>): T {
  let loaded: T | undefined;
  let loading: Promise<T> | undefined;
  const get = (): Promise<T> =>
    (loading ??= retryImport(load).then(
      (part) => (loaded = part),
      (error: unknown) => {
        loading = undefined;
        throw error;
      },
    ));
  if (started) void get().catch(() => undefined);
  else {
    pending.add(() => void get().catch(() => undefined));
    listen();
  }
  const Part = forwardRef<unknown, Record<string, unknown>>(function DeferredPart(props, ref) {
    const [, setReady] = useState(false);
    const shown = loaded !== undefined;
    useEffect(() => {
      if (shown) return;
      let live = true;
      get().then(
        () => live && setReady(true),
        () => undefined,
      );
      return () => {
        live = false;
      };
    }, [shown]);
    return loaded ? createElement(loaded, ref ? { ...props, ref } : props) : null;
  });
  return Part as unknown as T;
}

/** For tests: forgets that the parts started loading. */
export function resetDeferredParts(): void {
  started = false;
  stopListening?.();
  stopListening = undefined;
  pending.clear();
}
