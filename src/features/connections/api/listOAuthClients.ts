import { queryOptions } from '@tanstack/react-query';
import { contractRequest } from './contractRequest';
import type { OAuthClient } from '../schema';
import { oauthClientKeys } from './keys';

export function fetchOAuthClients(signal?: AbortSignal): Promise<OAuthClient[]> {
  return contractRequest('/api/oauth-clients', { schema: (contract) => contract.oauthClientListSchema, signal }).then((body) => body.clients);
}

export const listOAuthClientsQuery = () =>
  queryOptions({
    queryKey: oauthClientKeys.lists(),
    queryFn: ({ signal }) => fetchOAuthClients(signal),
  });
