// The `signed_payload_jwt` BigCommerce puts on the load, uninstall and remove_user callbacks
// (FACTS §4; docs callbacks.mdx): HS256 with the app's client secret, audience its client ID.
import { SignJWT } from 'jose';
import type { BigCommerceAppFixture, BigCommercePerson } from '../../fixtures/bigcommerce';
import { findStore } from '../auth';
import { now as simulatorNow } from '../clock';

/** exp is 24 hours after nbf, and nbf equals iat (callbacks.mdx). */
export const SIGNED_PAYLOAD_LIFETIME_S = 24 * 60 * 60;

export interface SignedPayloadInput {
  readonly app: Pick<BigCommerceAppFixture, 'clientId' | 'clientSecret'>;
  readonly storeHash: string;
  /** The person who clicked; the store owner when not given (the demo has one person per store). */
  readonly user?: Pick<BigCommercePerson, 'id' | 'email'> & { readonly locale?: string };
  /** Milliseconds since the epoch; the simulator clock when not given. */
  readonly now?: number;
  /** The deep link; "/" from the Apps menu. */
  readonly url?: string;
  /** null when the Apps menu started it. */
  readonly channelId?: number | null;
}

/** The payload claims, before signing. */
export function signedPayloadClaims(input: SignedPayloadInput) {
  const store = findStore(input.storeHash);
  if (!store) throw new Error(`No BigCommerce store has the hash "${input.storeHash}".`);
  const iat = Math.floor((input.now ?? simulatorNow()) / 1000);
  const user = input.user ?? store.owner;
  return {
    aud: input.app.clientId,
    iss: 'bc',
    iat,
    nbf: iat,
    exp: iat + SIGNED_PAYLOAD_LIFETIME_S,
    jti: crypto.randomUUID(),
    sub: `stores/${store.hash}`,
    user: { id: user.id, email: user.email, locale: input.user?.locale ?? 'en-US' },
    owner: { id: store.owner.id, email: store.owner.email },
    url: input.url ?? '/',
    channel_id: input.channelId ?? null,
  };
}

type Claims = ReturnType<typeof signedPayloadClaims>;

function sign(claims: Claims, secret: string): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).sign(new TextEncoder().encode(secret));
}

export function signedPayloadJwt(input: SignedPayloadInput): Promise<string> {
  return sign(signedPayloadClaims(input), input.app.clientSecret);
}

export type SignedPayloadFlaw = 'expired' | 'not-yet-valid' | 'wrong-secret' | 'wrong-audience' | 'wrong-issuer';

/** A payload a callback must refuse, for tests: one flaw, everything else as BigCommerce signs it. */
export function badSignedPayloadJwt(flaw: SignedPayloadFlaw, input: SignedPayloadInput): Promise<string> {
  const at = input.now ?? simulatorNow();
  switch (flaw) {
    case 'expired':
      return signedPayloadJwt({ ...input, now: at - (SIGNED_PAYLOAD_LIFETIME_S + 60) * 1000 });
    case 'not-yet-valid':
      return signedPayloadJwt({ ...input, now: at + 60 * 60 * 1000 });
    case 'wrong-secret':
      return sign(signedPayloadClaims(input), `${input.app.clientSecret}-not-it`);
    case 'wrong-audience':
      return sign({ ...signedPayloadClaims(input), aud: 'an0th3rapp1d0000000000000000000' }, input.app.clientSecret);
    case 'wrong-issuer':
      return sign({ ...signedPayloadClaims(input), iss: 'not-bc' }, input.app.clientSecret);
  }
}
