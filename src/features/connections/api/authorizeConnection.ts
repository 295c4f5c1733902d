import { contractRequest } from './contractRequest';

/**
 * Starts an OAuth 2.0 authorization of a saved connection (POST /api/connections/:id/authorize):
 * answers the BigCommerce consent page's address, with a fresh `state`.
 */
export function startAuthorization(id: string, signal?: AbortSignal): Promise<string> {
  return contractRequest(`/api/connections/${encodeURIComponent(id)}/authorize`, { method: 'POST', schema: (contract) => contract.authorizeStartSchema, signal }).then(
    (body) => body.authorizeUrl,
  );
}
