import { request } from '../../../lib/http';
import { apiKeyCreatedSchema, type ApiKeyCreated, type ApiKeyInput } from '../../connections/schema';

/**
 * POST /api/api-keys: the new key and its secret, this once. Called directly, not through a
 * mutation: a mutation keeps its result, and the secret must live only in the page's state.
 */
export function createApiKey(input: ApiKeyInput): Promise<ApiKeyCreated> {
  return request('/api/api-keys', { method: 'POST', body: input, schema: apiKeyCreatedSchema });
}
