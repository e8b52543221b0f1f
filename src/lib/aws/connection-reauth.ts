import { useSyncExternalStore } from 'react';
import { describeError, type ErrorDescription } from '../errors';

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

let state: ReauthState = { open: false };
const listeners = new Set<() => void>();
const renewed = new Set<() => void>();

function emit(next: ReauthState) {
  state = next;
  listeners.forEach((l) => l());
}

/** Opens the re-authentication modal when an error means the credentials no longer work. */
export function reportAuthFailure(error: unknown): void {
  const d = describeError(error);
  if (d.kind !== 'auth' || state.open) return;
  emit({ open: true, reason: d });
}

/** Fresh credentials are in place: close the modal and let every listener retry. */
export function completeReauthentication(): void {
  emit({ open: false });
  renewed.forEach((l) => l());
}

/** The operator closed the modal without new credentials; the next auth failure opens it again. */
export function dismissReauthentication(): void {
  emit({ open: false });
}

/** Runs after each successful re-authentication (the query client refetches what failed). */
export function onReauthenticated(listener: () => void): () => void {
  renewed.add(listener);
  return () => renewed.delete(listener);
}

export function getReauthState(): ReauthState {
  return state;
}

function subscribe(listener: () => void) {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The re-authentication request as React state. */
export function useReauthState(): ReauthState {
  return useSyncExternalStore(subscribe, getReauthState, getReauthState);
}
