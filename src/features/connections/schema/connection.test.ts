import { describe, expect, it } from 'vitest';
import type { z } from 'zod/mini';
import { issuesToFields } from './apiError';
import {
  basicConnectionInputSchema,
  connectionFormSchema,
  connectionInputSchema,
  connectionListSchema,
  connectionSchema,
  oauth2ConnectionInputSchema,
  tokenConnectionInputSchema,
} from './connection';
import { messages } from './messages';

const clientId = '5k1l8m2n9b4v7c3x6z0a8s1d4f7g2h5';
const secret = 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h';

const token = { name: 'Token store', authType: 'token', accessToken: secret, clientId, storeHash: 'x7kq2mfa9b' } as const;
const basic = { name: 'Basic store', authType: 'basic', username: clientId, password: secret, storeHash: 'x7kq2mfa9b' } as const;
const oauth2 = {
  name: 'OAuth store',
  authType: 'oauth2',
  storeHash: 'x7kq2mfa9b',
  oauthClientId: 'demo-oauth-client',
  scopes: ['store_v2_products_read_only', 'store_v2_orders'],
} as const;

/** The first message per path, as the API and the form report them. */
function fieldsOf(schema: z.ZodMiniType, value: unknown) {
  const result = schema.safeParse(value);
  expect(result.success).toBe(false);
  return Object.fromEntries(issuesToFields(result.error!.issues).map((field) => [field.path, field.message]));
}

describe('connectionInputSchema', () => {
  it.each([
    ['token', token],
    ['basic', basic],
    ['oauth2', oauth2],
  ])('accepts a valid %s connection', (_type, input) => {
    expect(connectionInputSchema.parse(input)).toEqual(input);
  });

  it('trims the name and reduces the store hash', () => {
    const parsed = connectionInputSchema.parse({ ...token, name: '  Token store  ', storeHash: 'https://api.bigcommerce.com/stores/x7kq2mfa9b/v3/' });
    expect(parsed.name).toBe('Token store');
    expect(parsed.storeHash).toBe('x7kq2mfa9b');
  });

  it("drops fields of another branch (a hidden branch's values never travel)", () => {
    const parsed = connectionInputSchema.parse({ ...token, password: 'left over', username: 'x', scopes: [] });
    expect(parsed).toEqual(token);
  });

  it('asks for an auth type when there is none or an unknown one', () => {
    expect(fieldsOf(connectionInputSchema, { name: 'x' })).toEqual({ authType: messages.authTypeRequired });
    expect(fieldsOf(connectionInputSchema, { name: 'x', authType: 'jwt' })).toEqual({ authType: messages.authTypeRequired });
  });

  describe('name', () => {
    it.each(['', '   '])('is required (%j)', (name) => {
      expect(fieldsOf(tokenConnectionInputSchema, { ...token, name })).toEqual({ name: messages.nameRequired });
    });

    it('allows 100 characters and says how many there are beyond that', () => {
      expect(tokenConnectionInputSchema.safeParse({ ...token, name: 'a'.repeat(100) }).success).toBe(true);
      expect(tokenConnectionInputSchema.safeParse({ ...token, name: ` ${'a'.repeat(100)} ` }).success).toBe(true);
      expect(fieldsOf(tokenConnectionInputSchema, { ...token, name: 'a'.repeat(101) })).toEqual({ name: messages.nameTooLong(101) });
    });
  });

  describe('token branch', () => {
    it('requires the access token, client ID and store hash', () => {
      expect(fieldsOf(tokenConnectionInputSchema, { ...token, accessToken: '', clientId: '', storeHash: '' })).toEqual({
        accessToken: messages.secretRequired('access token'),
        clientId: messages.clientIdRequired('client ID'),
        storeHash: messages.storeHashRequired,
      });
    });

    it('rejects "Bearer " and white space inside the token', () => {
      expect(fieldsOf(tokenConnectionInputSchema, { ...token, accessToken: `Bearer ${secret}` })).toEqual({
        accessToken: messages.secretHasBearer('access token'),
      });
      expect(fieldsOf(tokenConnectionInputSchema, { ...token, accessToken: 'abc def' })).toEqual({
        accessToken: messages.secretHasSpace('access token'),
      });
    });

    it('trims the token and rejects a client ID with symbols', () => {
      expect(tokenConnectionInputSchema.parse({ ...token, accessToken: `  ${secret}\n` }).accessToken).toBe(secret);
      expect(fieldsOf(tokenConnectionInputSchema, { ...token, clientId: 'abc-123' })).toEqual({ clientId: messages.clientIdInvalid('client ID') });
    });
  });

  describe('basic branch', () => {
    it('requires username, password and store hash', () => {
      expect(fieldsOf(basicConnectionInputSchema, { ...basic, username: ' ', password: '', storeHash: 'a-b' })).toEqual({
        username: messages.clientIdRequired('username'),
        password: messages.secretRequired('password'),
        storeHash: messages.storeHashInvalid,
      });
    });

    it('rejects a password with a space', () => {
      expect(fieldsOf(basicConnectionInputSchema, { ...basic, password: 'a b' })).toEqual({ password: messages.secretHasSpace('password') });
    });
  });

  describe('oauth2 branch', () => {
    it('requires a client, at least one scope and a store hash', () => {
      expect(fieldsOf(oauth2ConnectionInputSchema, { ...oauth2, oauthClientId: '', scopes: [], storeHash: '' })).toEqual({
        oauthClientId: messages.oauthClientRequired,
        scopes: messages.scopesRequired,
        storeHash: messages.storeHashRequired,
      });
    });

    it('rejects unknown scopes and two levels of one resource', () => {
      expect(fieldsOf(oauth2ConnectionInputSchema, { ...oauth2, scopes: ['store_nope'] })).toEqual({
        'scopes.0': '"store_nope" is not a BigCommerce store scope. Choose scopes from the list.',
      });
      expect(fieldsOf(oauth2ConnectionInputSchema, { ...oauth2, scopes: ['store_v2_products', 'store_v2_products_read_only'] })).toEqual({
        scopes: 'Choose one level per resource: a resource cannot be both Read-only and Modify.',
      });
    });
  });
});

describe('a field sent as another kind than text', () => {
  it.each([
    ['token', token, { accessToken: 42, clientId: 42, storeHash: 42 }, { accessToken: messages.secretNotText('access token'), clientId: messages.clientIdNotText('client ID'), storeHash: messages.storeHashNotText }],
    ['basic', basic, { username: true, password: ['x'], storeHash: null }, { username: messages.clientIdNotText('username'), password: messages.secretNotText('password'), storeHash: messages.storeHashNotText }],
    ['oauth2', oauth2, { oauthClientId: 7, scopes: 'store_v2_orders' }, { oauthClientId: messages.oauthClientUnknown, scopes: messages.scopesNotList }],
  ] as const)('%s: each field names itself and says what it holds', (_type, input, wrong, expected) => {
    expect(fieldsOf(connectionInputSchema, { ...input, ...wrong })).toEqual(expected);
  });

  it('a scope that is not text is told what a scope is', () => {
    expect(fieldsOf(connectionInputSchema, { ...oauth2, scopes: [3] })).toEqual({ 'scopes.0': messages.scopeNotText });
  });

  it('a missing field is asked for, as an empty one is', () => {
    expect(fieldsOf(connectionInputSchema, { name: 'Token store', authType: 'token' })).toEqual({
      accessToken: messages.secretRequired('access token'),
      clientId: messages.clientIdRequired('client ID'),
      storeHash: messages.storeHashRequired,
    });
    expect(fieldsOf(connectionInputSchema, { name: 'OAuth store', authType: 'oauth2', storeHash: 'x7kq2mfa9b' })).toEqual({
      oauthClientId: messages.oauthClientRequired,
      scopes: messages.scopesRequired,
    });
  });
});

describe('connectionFormSchema', () => {
  it('reports the name even before an auth type is chosen', () => {
    expect(fieldsOf(connectionFormSchema, { name: '' })).toEqual({ name: messages.nameRequired, authType: messages.authTypeRequired });
  });

  it("validates only the chosen branch's fields", () => {
    expect(connectionFormSchema.safeParse({ ...token, password: '', scopes: [] }).success).toBe(true);
    expect(fieldsOf(connectionFormSchema, { name: 'x', authType: 'basic', storeHash: 'abc' })).toEqual({
      username: expect.any(String),
      password: expect.any(String),
    });
  });
});

describe('connectionSchema (what the API returns)', () => {
  const saved = {
    id: 'c1',
    name: 'Token store',
    authType: 'token',
    clientId,
    storeHash: 'x7kq2mfa9b',
    accessToken: { set: true, updatedAt: '2026-01-02T03:04:05.000Z' },
    status: { state: 'untested' },
    createdAt: '2026-01-02T03:04:05.000Z',
    updatedAt: '2026-01-02T03:04:05.000Z',
  };

  it('accepts a saved connection with a stored-secret marker', () => {
    expect(connectionListSchema.parse({ connections: [saved] }).connections[0]).toEqual(saved);
  });

  it('rejects a response that carries a secret in clear', () => {
    expect(connectionSchema.safeParse({ ...saved, accessToken: secret }).success).toBe(false);
  });

  it('rejects an unknown status', () => {
    expect(connectionSchema.safeParse({ ...saved, status: { state: 'sleeping' } }).success).toBe(false);
  });
});
