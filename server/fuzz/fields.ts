// Values each field's schema accepts, for the bodies the fuzzer starts from: some of them the
// simulator's working credentials (so a save or a test gets through to BigCommerce), most of them
// anything the rules allow.
import fc from 'fast-check';
import { scopeResources } from '../../src/features/connections/schema';
import { PLUMTREE_STORE_HASH } from '../../mocks/fixtures/bigcommerce';
import { testOwner } from '../testing/owner';

const plumtree = { clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5', accessToken: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h' };

/** Stand-ins for what only the running server knows (the setup token, a saved connection's ID): the harness puts the real values in the JSON text. */
export const placeholders = { setupToken: 'fuzz-setup-token-placeholder', connectionId: 'fuzz-connection-id-placeholder' } as const;

export const nameValue = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 1, maxLength: 100 }),
  fc.constantFrom('Main store', 'Caf\u00e9', 'Cafe\u0301', '  Outlet  ', 'متجر رئيسي', '🛒 Shop', 'Shop \u202eevil', 'n'.repeat(100), '<img src=x onerror=alert(1)>'),
);

// A store the simulator knows now and then: its test makes several calls, an unknown store's one.
export const storeHashValue = fc.oneof(
  { weight: 1, arbitrary: fc.constantFrom(PLUMTREE_STORE_HASH, 'ratelimit1', `https://api.bigcommerce.com/stores/${PLUMTREE_STORE_HASH}/v3/`, `store-${PLUMTREE_STORE_HASH}.mybigcommerce.com`) },
  { weight: 3, arbitrary: fc.stringMatching(/^[a-z0-9]{1,64}$/) },
);

export const clientIdValue = fc.oneof(fc.constant(plumtree.clientId), fc.stringMatching(/^[A-Za-z0-9]{1,128}$/));

export const secretValue = fc.oneof(fc.constant(plumtree.accessToken), fc.stringMatching(/^[!-~]{1,512}$/).filter((secret) => !/^bearer$/i.test(secret)));

export const scopesValue = fc
  .subarray(
    scopeResources.map((resource) => resource.levels),
    { minLength: 1, maxLength: 6 },
  )
  .chain((levels) => fc.tuple(...levels.map((options) => fc.constantFrom(...options.map((level) => level.scope)))));

export const emailValue = fc.oneof(fc.constant(testOwner.email), fc.emailAddress({ size: 'small' }));

/** A password a person could choose: 12 to 40 printable characters of any script. */
export const passwordValue = fc.oneof(
  fc.string({ unit: 'grapheme', minLength: 12, maxLength: 40 }),
  fc.constantFrom(testOwner.password, 'correct horse battery staple', 'Fjällräven Kånken 🦊 2026', '  spaces around it  '),
);

export const connectionInputValue = fc.oneof(
  fc.record({ name: nameValue, authType: fc.constant('token'), accessToken: secretValue, clientId: clientIdValue, storeHash: storeHashValue }),
  fc.record({ name: nameValue, authType: fc.constant('basic'), username: clientIdValue, password: secretValue, storeHash: storeHashValue }),
  fc.record({ name: nameValue, authType: fc.constant('oauth2'), storeHash: storeHashValue, oauthClientId: fc.constant('demo-oauth-client'), scopes: scopesValue }),
);
