import { queryOptions } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { apiKeyListSchema, type ApiKey } from '../../connections/schema';
import { apiKeyKeys } from './keys';

/** GET /api/api-keys: every key, newest first; never a secret. */
export function fetchApiKeys(signal?: AbortSignal): Promise<ApiKey[]> {
  return request('/api/api-keys', { schema: apiKeyListSchema, signal }).then((body) => body.keys);
}

export const listApiKeysQuery = () =>
  queryOptions({
    queryKey: apiKeyKeys.list(),
    queryFn: ({ signal }) => fetchApiKeys(signal),
    // "Last used" moves with every call through the proxy: fresh on each visit.
    staleTime: 0,
  });
