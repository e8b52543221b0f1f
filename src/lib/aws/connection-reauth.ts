import { describeError, type ErrorDescription } from '../errors';
import { createExternalStore, useExternalStore } from '../external-store';

/**
 * Expired or revoked credentials, wherever they surface (a query, a mutation, a fan-out
 * outside TanStack Query): one request to re-authenticate, answered by one modal over
 * the current page, so nothing the operator typed is lost.
 */
export interface ReauthState {
  open: boolean;
  /** The failure that asked for it, as the error map describes it. */
  reason?: ErrorDescription;
}

const store = createExternalStore<ReauthState>({ open: false });
const renewed = new Set<() => void>();

/** Opens the re-authentication modal when an error means the credentials no longer work. */
export function reportAuthFailure(error: unknown): void {
  const d = describeError(error);
  if (d.kind !== 'auth' || store.get().open) return;
  store.set({ open: true, reason: d });
}

/** Fresh credentials are in place: close the modal and let every listener retry. */
export function completeReauthentication(): void {
  store.set({ open: false });
  renewed.forEach((l) => l());
}

/** The operator closed the modal without new credentials; the next auth failure opens it again. */
export function dismissReauthentication(): void {
  store.set({ open: false });
}

/** Runs after each successful re-authentication (the query client refetches what failed). */
export function onReauthenticated(listener: () => void): () => void {
  renewed.add(listener);
  return () => renewed.delete(listener);
}

export function getReauthState(): ReauthState {
  return store.get();
}

/** The re-authentication request as React state. */
export function useReauthState(): ReauthState {
  return useExternalStore(store);
}
