import { decodeJwt, jwtVerify } from 'jose';
import type { BackendDeps } from '../../core/deps';
import { oauthClientRecord } from '../../core/records';

export interface VerifiedPayload {
  readonly clientId: string;
  readonly storeHash: string;
}

/**
 * Verifies BigCommerce's `signed_payload_jwt` (FACTS §4): HS256 with the client secret of the
 * app named in `aud`, issuer "bc", not expired, subject "stores/{hash}". Undefined when it is
 * not one we can trust: an unknown app, a bad signature, an expired or malformed token.
 */
export async function verifySignedPayload(deps: BackendDeps, token: string): Promise<VerifiedPayload | undefined> {
  let audience: string | undefined;
  try {
    const aud = decodeJwt(token).aud;
    audience = typeof aud === 'string' ? aud : undefined;
  } catch {
    return undefined;
  }
  if (!audience) return undefined;
  const clients = await deps.oauthClients.findByClientId(audience);
  for (const client of clients) {
    const secret = await deps.cipher.decrypt(client.clientSecret, { record: oauthClientRecord(client.id), field: 'clientSecret' });
    try {
      const { payload } = await jwtVerify(token, new TextEncoder().encode(secret), { algorithms: ['HS256'], audience, issuer: 'bc', requiredClaims: ['exp', 'sub'] });
      const storeHash = /^stores\/([A-Za-z0-9]+)$/.exec(payload.sub ?? '')?.[1];
      if (storeHash) return { clientId: audience, storeHash };
    } catch {
      // Not this client's secret (or not valid at all): try the next client with this ID.
    }
  }
  return undefined;
}
