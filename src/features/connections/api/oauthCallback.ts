import { contractRequest } from './contractRequest';
import type { OAuthCallbackInput, OAuthCallbackResult } from '../schema';

/**
 * Hands what BigCommerce sent to the Redirect URL to our backend (POST /api/oauth/callback), which
 * exchanges the code and stores the token. The answer never carries a token.
 */
export function completeOAuthCallback(input: OAuthCallbackInput, signal?: AbortSignal): Promise<OAuthCallbackResult> {
  return contractRequest('/api/oauth/callback', { method: 'POST', body: input, schema: (contract) => contract.oauthCallbackResultSchema, signal });
}
