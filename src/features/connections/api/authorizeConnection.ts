import { request } from '../../../lib/http';
import { authorizeStartSchema } from '../schema';

/**
 * Starts an OAuth 2.0 authorization of a saved connection (POST /api/connections/:id/authorize):
 * answers the BigCommerce consent page's address, with a fresh `state`.
 */
export function startAuthorization(id: string, signal?: AbortSignal): Promise<string> {
  return request(`/api/connections/${encodeURIComponent(id)}/authorize`, { method: 'POST', schema: authorizeStartSchema, signal }).then(
    (body) => body.authorizeUrl,
  );
}
