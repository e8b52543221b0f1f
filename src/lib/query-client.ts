import { QueryCache, QueryClient } from '@tanstack/react-query';
import { shouldRetry } from './errors';

/** The app's QueryClient: data stays fresh for 30 s, and only retryable errors are retried. */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    queryCache: new QueryCache(),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        gcTime: 10 * 60_000,
        retry: shouldRetry,
        retryDelay: (attempt) => Math.min(1000 * 2 ** attempt, 15_000) * (0.5 + Math.random() / 2),
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

/** The single QueryClient instance, shared by components and route loaders. */
export const queryClient = createQueryClient();
