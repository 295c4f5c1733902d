import { QueryClient } from '@tanstack/react-query';
import { ContractError, HttpError } from '../lib/http';

/** Worth one more try: a network failure or a 5xx. A 4xx or a contract breach will not improve. */
export function isRetryable(error: unknown): boolean {
  if (error instanceof ContractError) return false;
  if (error instanceof HttpError) return error.status >= 500;
  return true;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: (failureCount, error) => failureCount < 1 && isRetryable(error),
        retryDelay: 600,
        refetchOnWindowFocus: false,
      },
      mutations: {
        // Mutation variables can hold secrets: never keep a settled mutation around.
        gcTime: 0,
        retry: false,
      },
    },
  });
}
