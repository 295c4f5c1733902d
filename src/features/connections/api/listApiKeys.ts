import { queryOptions } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { ApiKey } from '../schema';
import { connectionKeys } from './keys';

/** GET /api/api-keys (the server only): every key, newest first; never a secret. */
export function fetchApiKeys(signal?: AbortSignal): Promise<ApiKey[]> {
  return contractRequest('/api/api-keys', { schema: (contract) => contract.apiKeyListSchema, signal }).then((body) => body.keys);
}

export const apiKeysQuery = () =>
  queryOptions({
    queryKey: connectionKeys.apiKeys(),
    queryFn: ({ signal }) => fetchApiKeys(signal),
    // Keys are made and revoked on another page: fresh on each visit.
    staleTime: 0,
  });
