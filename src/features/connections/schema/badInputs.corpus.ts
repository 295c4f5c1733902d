import { messages } from './messages';
import type { AuthType } from './authTypes';

// Bad (and tricky) inputs people type or paste, with what each must produce: the message from
// `messages`, or, when accepted, the value it is normalized to. Test data for
// badInputs.corpus.test.ts (the schemas), mocks/backend/badInputs.test.ts (the API of both
// backends, the server on SQLite and PostgreSQL) and e2e/bad-inputs.spec.ts (the real panel).

export type CorpusField = 'name' | 'storeHash' | 'username' | 'password' | 'accessToken' | 'clientId';

export interface BadInput {
  /** What the entry is about, for test titles. */
  readonly what: string;
  readonly field: CorpusField;
  readonly authType: AuthType;
  readonly input: string;
  /** The message the field must show; absent when the input is accepted. */
  readonly message?: string;
  /** For accepted inputs: the value it is normalized to by the schema. */
  readonly accepted?: string;
  /** Only wrong next to a saved connection named `existingName` (the schema alone accepts it). */
  readonly againstExisting?: true;
  /** Why the browser cannot take this input as is (the e2e run skips it); the schema test still runs it. */
  readonly schemaOnly?: string;
}

/** The saved connection the "differs only in case or spaces" entries collide with. */
export const existingName = 'Main Store';

export const xssImg = '<img src=x onerror=alert(1)>';
export const xssScript = '<script>alert(1)</script>';
const emoji = '🛒 Shop 🚀';
const rtl = 'متجر رئيسي';

const usernameLabel = 'username';
const passwordLabel = 'password';
const tokenLabel = 'access token';
const clientIdLabel = 'client ID';

const lineBreak = 'An <input> drops line breaks from what is typed or pasted, so the browser never sends one.';
const halfEmoji = 'Half of a surrogate pair has no UTF-8 form, so no page can be handed one to type.';
const longToken = 'a'.repeat(60_000);
const token512 = `q4w8${'e2r6'.repeat(127)}`;

/** A body the API accepts for each auth type; an entry replaces its field. */
export const validBodies: Readonly<Record<AuthType, Readonly<Record<string, unknown>>>> = {
  token: { name: 'Token store', authType: 'token', accessToken: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h', clientId: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5', storeHash: 'x7kq2mfa9b' },
  basic: { name: 'Basic store', authType: 'basic', username: '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5', password: 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h', storeHash: 'x7kq2mfa9b' },
  oauth2: { name: 'OAuth store', authType: 'oauth2', storeHash: 'x7kq2mfa9b', oauthClientId: 'demo-oauth-client', scopes: ['store_v2_products_read_only'] },
};

/** `entry`'s input in the valid body of its auth type. */
export const bodyWith = (entry: BadInput): Record<string, unknown> => ({ ...validBodies[entry.authType], [entry.field]: entry.input });

export const badInputs: readonly BadInput[] = [
  // Name
  { what: 'empty name', field: 'name', authType: 'token', input: '', message: messages.nameRequired },
  { what: 'whitespace-only name', field: 'name', authType: 'token', input: '   \t ', message: messages.nameRequired },
  { what: '101-character name', field: 'name', authType: 'token', input: 'n'.repeat(101), message: messages.nameTooLong(101) },
  { what: '10,000-character name', field: 'name', authType: 'token', input: 'n'.repeat(10_000), message: messages.nameTooLong(10_000) },
  { what: '100-character name (the limit)', field: 'name', authType: 'token', input: 'n'.repeat(100), accepted: 'n'.repeat(100) },
  { what: 'name with surrounding spaces', field: 'name', authType: 'token', input: '  Outlet store  ', accepted: 'Outlet store' },
  { what: 'existing name in another case', field: 'name', authType: 'token', input: 'main store', message: messages.nameTaken('main store'), againstExisting: true },
  { what: 'existing name with surrounding spaces', field: 'name', authType: 'token', input: '  Main Store ', message: messages.nameTaken('Main Store'), againstExisting: true },
  { what: 'existing name in capitals with spaces', field: 'name', authType: 'basic', input: ' MAIN STORE', message: messages.nameTaken('MAIN STORE'), againstExisting: true },
  { what: 'HTML in the name (shown as text)', field: 'name', authType: 'token', input: xssImg, accepted: xssImg },
  { what: 'script in the name (shown as text)', field: 'name', authType: 'token', input: xssScript, accepted: xssScript },
  { what: 'emoji in the name', field: 'name', authType: 'token', input: emoji, accepted: emoji },
  { what: 'right-to-left name', field: 'name', authType: 'token', input: rtl, accepted: rtl },
  { what: 'name with a right-to-left override (shown as text)', field: 'name', authType: 'token', input: 'Shop \u202Eevil', accepted: 'Shop \u202Eevil' },
  { what: 'name with a combining accent (stored NFC)', field: 'name', authType: 'token', input: 'Cafe\u0301 store', accepted: 'Caf\u00e9 store' },
  { what: 'name with a NUL inside', field: 'name', authType: 'token', input: 'x\u0000y', message: messages.nameHasControl() },
  { what: 'name with a tab inside', field: 'name', authType: 'basic', input: 'Main\tstore', message: messages.nameHasControl() },
  { what: 'name with DEL inside', field: 'name', authType: 'token', input: 'Main\u007fstore', message: messages.nameHasControl() },
  { what: 'name with a C1 control (U+0085) inside', field: 'name', authType: 'oauth2', input: 'Main\u0085store', message: messages.nameHasControl() },
  { what: 'name with half an emoji', field: 'name', authType: 'token', input: 'Shop \ud83d', message: messages.nameHasControl(), schemaOnly: halfEmoji },

  // Store hash
  { what: 'empty store hash', field: 'storeHash', authType: 'token', input: '', message: messages.storeHashRequired },
  { what: 'whitespace-only store hash', field: 'storeHash', authType: 'basic', input: '    ', message: messages.storeHashRequired },
  { what: 'store hash with a hyphen', field: 'storeHash', authType: 'token', input: 'abc-123', message: messages.storeHashInvalid },
  { what: 'store hash with symbols', field: 'storeHash', authType: 'oauth2', input: 'abc$%&123', message: messages.storeHashInvalid },
  { what: 'store hash with a space inside', field: 'storeHash', authType: 'token', input: 'abc 123', message: messages.storeHashInvalid },
  { what: 'store path on another host', field: 'storeHash', authType: 'token', input: 'https://example.com/stores/abc/', message: messages.storeHashInvalid },
  { what: 'a URL that is not BigCommerce', field: 'storeHash', authType: 'basic', input: 'https://www.bigcommerce.com/', message: messages.storeHashInvalid },
  { what: 'HTML in the store hash', field: 'storeHash', authType: 'token', input: xssImg, message: messages.storeHashInvalid },
  { what: 'script in the store hash', field: 'storeHash', authType: 'oauth2', input: xssScript, message: messages.storeHashInvalid },
  { what: 'emoji in the store hash', field: 'storeHash', authType: 'token', input: 'abc🚀123', message: messages.storeHashInvalid },
  { what: 'right-to-left store hash', field: 'storeHash', authType: 'token', input: rtl, message: messages.storeHashInvalid },
  { what: 'store hash with a NUL inside', field: 'storeHash', authType: 'token', input: 'abc\u0000123', message: messages.storeHashInvalid },
  { what: '65-character store hash', field: 'storeHash', authType: 'basic', input: 'a'.repeat(65), message: messages.storeHashTooLong(65) },
  { what: 'API path where the hash belongs', field: 'storeHash', authType: 'token', input: 'https://api.bigcommerce.com/stores/x7kq2mfa9b/v3/', accepted: 'x7kq2mfa9b' },
  { what: 'control-panel URL where the hash belongs', field: 'storeHash', authType: 'basic', input: 'https://store-x7kq2mfa9b.mybigcommerce.com/manage', accepted: 'x7kq2mfa9b' },
  { what: 'quoted store hash with spaces', field: 'storeHash', authType: 'oauth2', input: '  "x7kq2mfa9b" ', accepted: 'x7kq2mfa9b' },

  // Client ID (Token) and Username (Basic): letters and digits only
  { what: 'empty client ID', field: 'clientId', authType: 'token', input: '', message: messages.clientIdRequired(clientIdLabel) },
  { what: 'whitespace-only client ID', field: 'clientId', authType: 'token', input: '   ', message: messages.clientIdRequired(clientIdLabel) },
  { what: 'client ID with a space inside', field: 'clientId', authType: 'token', input: 'abc 123', message: messages.clientIdInvalid(clientIdLabel) },
  { what: 'URL as client ID', field: 'clientId', authType: 'token', input: 'https://example.com/client', message: messages.clientIdInvalid(clientIdLabel) },
  { what: 'HTML in the client ID', field: 'clientId', authType: 'token', input: xssImg, message: messages.clientIdInvalid(clientIdLabel) },
  { what: 'script in the client ID', field: 'clientId', authType: 'token', input: xssScript, message: messages.clientIdInvalid(clientIdLabel) },
  { what: 'emoji in the client ID', field: 'clientId', authType: 'token', input: 'abc🚀', message: messages.clientIdInvalid(clientIdLabel) },
  { what: 'right-to-left client ID', field: 'clientId', authType: 'token', input: rtl, message: messages.clientIdInvalid(clientIdLabel) },
  { what: 'client ID with a NUL inside', field: 'clientId', authType: 'token', input: 'abc\u0000123', message: messages.clientIdInvalid(clientIdLabel) },
  { what: '129-character client ID', field: 'clientId', authType: 'token', input: 'c'.repeat(129), message: messages.clientIdTooLong(clientIdLabel, 129) },
  { what: 'client ID with surrounding spaces', field: 'clientId', authType: 'token', input: '  abc123  ', accepted: 'abc123' },
  { what: 'empty username', field: 'username', authType: 'basic', input: '', message: messages.clientIdRequired(usernameLabel) },
  { what: 'HTML in the username', field: 'username', authType: 'basic', input: xssImg, message: messages.clientIdInvalid(usernameLabel) },
  { what: 'script in the username', field: 'username', authType: 'basic', input: xssScript, message: messages.clientIdInvalid(usernameLabel) },
  { what: 'emoji in the username', field: 'username', authType: 'basic', input: '😀user', message: messages.clientIdInvalid(usernameLabel) },
  { what: 'right-to-left username', field: 'username', authType: 'basic', input: rtl, message: messages.clientIdInvalid(usernameLabel) },

  // Secrets: one unbroken string, no "Bearer "
  { what: 'empty access token', field: 'accessToken', authType: 'token', input: '', message: messages.secretRequired(tokenLabel) },
  { what: 'whitespace-only access token', field: 'accessToken', authType: 'token', input: '    ', message: messages.secretRequired(tokenLabel) },
  { what: 'access token with a space inside', field: 'accessToken', authType: 'token', input: 'q4w8e2r6t0 y3u7i1o5p9', message: messages.secretHasSpace(tokenLabel) },
  { what: 'access token with a tab inside', field: 'accessToken', authType: 'token', input: 'q4w8e2r6t0\ty3u7i1o5p9', message: messages.secretHasSpace(tokenLabel) },
  { what: 'access token with a line break', field: 'accessToken', authType: 'token', input: 'q4w8e2r6t0\ny3u7i1o5p9', message: messages.secretHasSpace(tokenLabel), schemaOnly: lineBreak },
  { what: 'access token with "Bearer "', field: 'accessToken', authType: 'token', input: 'Bearer q4w8e2r6t0y3u7i1o5p9', message: messages.secretHasBearer(tokenLabel) },
  { what: 'access token with "bearer " in lower case', field: 'accessToken', authType: 'token', input: 'bearer q4w8e2r6t0y3u7i1o5p9', message: messages.secretHasBearer(tokenLabel) },
  { what: 'access token with surrounding spaces', field: 'accessToken', authType: 'token', input: '  q4w8e2r6t0y3u7i1o5p9  ', accepted: 'q4w8e2r6t0y3u7i1o5p9' },
  { what: 'HTML in the access token (has spaces)', field: 'accessToken', authType: 'token', input: xssImg, message: messages.secretHasSpace(tokenLabel) },
  { what: 'script in the access token (one unbroken string: accepted, never shown)', field: 'accessToken', authType: 'token', input: xssScript, accepted: xssScript },
  { what: 'access token of 60,000 characters', field: 'accessToken', authType: 'token', input: longToken, message: messages.secretTooLong(tokenLabel, 60_000) },
  { what: '513-character access token', field: 'accessToken', authType: 'token', input: `${token512}x`, message: messages.secretTooLong(tokenLabel, 513) },
  { what: '512-character access token (the limit)', field: 'accessToken', authType: 'token', input: token512, accepted: token512 },
  { what: 'access token with a NUL inside', field: 'accessToken', authType: 'token', input: 'q4w8e2r6t0\u0000y3u7i1o5p9', message: messages.secretHasOtherCharacters(tokenLabel) },
  { what: 'access token with a zero-width space', field: 'accessToken', authType: 'token', input: 'q4w8e2r6t0\u200By3u7i1o5p9', message: messages.secretHasOtherCharacters(tokenLabel) },
  { what: 'access token with an accented letter', field: 'accessToken', authType: 'token', input: 'q4w8e2r6t0\u00e9y3u7i1o5p9', message: messages.secretHasOtherCharacters(tokenLabel) },
  { what: 'empty password', field: 'password', authType: 'basic', input: '', message: messages.secretRequired(passwordLabel) },
  { what: 'password with a space inside', field: 'password', authType: 'basic', input: 'q4w8e2r6t0 y3u7i1o5p9', message: messages.secretHasSpace(passwordLabel) },
  { what: 'password with a line break', field: 'password', authType: 'basic', input: 'q4w8e2r6t0\r\ny3u7i1o5p9', message: messages.secretHasSpace(passwordLabel), schemaOnly: lineBreak },
  { what: 'password with an emoji', field: 'password', authType: 'basic', input: 'q4w8e2r6t0😀y3u7i1o5p9', message: messages.secretHasOtherCharacters(passwordLabel) },
  { what: 'password with a NUL inside', field: 'password', authType: 'basic', input: 'q4w8e2r6t0\u0000y3u7i1o5p9', message: messages.secretHasOtherCharacters(passwordLabel) },
  { what: 'password with "Bearer "', field: 'password', authType: 'basic', input: 'Bearer q4w8e2r6t0y3u7i1o5p9', message: messages.secretHasBearer(passwordLabel) },
  { what: 'HTML in the password (has spaces)', field: 'password', authType: 'basic', input: xssImg, message: messages.secretHasSpace(passwordLabel) },
  { what: 'script in the password (one unbroken string: accepted, never shown)', field: 'password', authType: 'basic', input: xssScript, accepted: xssScript },
];
