import { MutationCache, onlineManager, QueryCache, QueryClient } from '@tanstack/react-query';
import { onReauthenticated, reportAuthFailure } from './aws/connection-reauth';
import { onConnectionForgotten } from './aws/connection-store';

/**
 * The app's QueryClient: data stays fresh for 30 s. Queries are not retried here: the
 * request queue already retried what could succeed (src/lib/aws/retry-policy.ts).
 * Any query or mutation failing on expired or revoked credentials opens the
 * re-authentication modal (the SDK clients report it too, for calls made outside queries).
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache({ onError: reportAuthFailure }),
    mutationCache: new MutationCache({ onError: reportAuthFailure }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 10 * 60_000,
        retry: false,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

// TanStack Query takes the browser to be online until it hears otherwise: a page opened
// offline starts with its reads paused instead of failing.
if (typeof navigator !== 'undefined' && navigator.onLine === false) onlineManager.setOnline(false);

/** The single QueryClient instance, shared by components and route loaders. */
export const queryClient = createQueryClient();

// Back with working credentials: run again whatever failed meanwhile.
onReauthenticated(() => {
  void queryClient.refetchQueries({ predicate: (q) => q.state.status === 'error' });
});

/** True when a query key names the connection: its id, or a scope `{ connection: id }`. */
export function keyOfConnection(key: readonly unknown[], id: string): boolean {
  return key.some((part) => part === id || (typeof part === 'object' && part !== null && (part as { connection?: unknown }).connection === id));
}

// A connection that is replaced or ended leaves nothing behind: its answers go, and so do
// the settled mutations, whose functions hold the connection (and its credentials).
onConnectionForgotten((old) => {
  queryClient.removeQueries({ predicate: (q) => keyOfConnection(q.queryKey, old.id) });
  const mutations = queryClient.getMutationCache();
  for (const m of mutations.getAll()) if (m.state.status !== 'pending') mutations.remove(m);
});
