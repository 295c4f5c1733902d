import { queryOptions } from '@tanstack/react-query';
import { request } from '../../../lib/http';
import { oauthClientListSchema, type OAuthClient } from '../schema';
import { oauthClientKeys } from './keys';

export function fetchOAuthClients(signal?: AbortSignal): Promise<OAuthClient[]> {
  return request('/api/oauth-clients', { schema: oauthClientListSchema, signal }).then((body) => body.clients);
}

export const listOAuthClientsQuery = () =>
  queryOptions({
    queryKey: oauthClientKeys.lists(),
    queryFn: ({ signal }) => fetchOAuthClients(signal),
  });
