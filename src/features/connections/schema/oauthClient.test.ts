import { describe, expect, it } from 'vitest';
import { apiErrorSchema, issuesToFields } from './apiError';
import { messages } from './messages';
import { oauthClientInputSchema, oauthClientSchema } from './oauthClient';

const valid = { name: 'My BigCommerce app', clientId: 'c1i2e3n4t5i6d7a8b9c0d1e2f3g4h5i', clientSecret: 'z9x8c7v6b5n4m3l2k1j0h9g8f7d6s5a' };

describe('oauthClientInputSchema', () => {
  it('accepts a valid client and trims it', () => {
    expect(oauthClientInputSchema.parse({ ...valid, name: ` ${valid.name} `, clientSecret: ` ${valid.clientSecret} ` })).toEqual(valid);
  });

  it('says what each missing field needs', () => {
    const result = oauthClientInputSchema.safeParse({ name: '', clientId: '', clientSecret: '' });
    expect(result.success).toBe(false);
    expect(issuesToFields(result.error!.issues)).toEqual([
      { path: 'name', message: messages.clientNameRequired },
      { path: 'clientId', message: messages.clientIdRequired('client ID') },
      { path: 'clientSecret', message: messages.clientSecretRequired },
    ]);
  });

  it('says what a client ID and a secret hold when they are sent as another kind than text', () => {
    const result = oauthClientInputSchema.safeParse({ ...valid, clientId: 123, clientSecret: { secret: 'x' } });
    expect(issuesToFields(result.error!.issues)).toEqual([
      { path: 'clientId', message: messages.clientIdNotText('client ID') },
      { path: 'clientSecret', message: messages.secretNotText('client secret') },
    ]);
    const missing = oauthClientInputSchema.safeParse({ name: valid.name });
    expect(issuesToFields(missing.error!.issues)).toEqual([
      { path: 'clientId', message: messages.clientIdRequired('client ID') },
      { path: 'clientSecret', message: messages.clientSecretRequired },
    ]);
  });

  it('rejects a secret with "Bearer " or a space, and a client ID with symbols', () => {
    const bearer = oauthClientInputSchema.safeParse({ ...valid, clientSecret: 'Bearer abc' });
    expect(bearer.error?.issues[0]?.message).toBe(messages.secretHasBearer('client secret'));
    const spaced = oauthClientInputSchema.safeParse({ ...valid, clientSecret: 'abc def' });
    expect(spaced.error?.issues[0]?.message).toBe(messages.secretHasSpace('client secret'));
    const symbols = oauthClientInputSchema.safeParse({ ...valid, clientId: 'abc-def' });
    expect(symbols.error?.issues[0]?.message).toBe(messages.clientIdInvalid('client ID'));
  });

  it('limits the name to 100 characters', () => {
    const result = oauthClientInputSchema.safeParse({ ...valid, name: 'n'.repeat(101) });
    expect(result.error?.issues[0]?.message).toBe(messages.nameTooLong(101));
  });

  it('refuses control characters and half an emoji in the name, and stores it NFC', () => {
    for (const name of ['x\u0000y', 'App\u0085', 'App \udc00']) {
      const result = oauthClientInputSchema.safeParse({ ...valid, name });
      expect(issuesToFields(result.error?.issues ?? []), JSON.stringify(name)).toEqual([{ path: 'name', message: messages.nameHasControl() }]);
    }
    expect(oauthClientInputSchema.parse({ ...valid, name: 'Cafe\u0301 app' }).name).toBe('Caf\u00e9 app');
  });

  it('takes a client secret of 1 to 512 visible ASCII characters', () => {
    const fieldsOf = (clientSecret: string) => issuesToFields(oauthClientInputSchema.safeParse({ ...valid, clientSecret }).error?.issues ?? []);
    expect(fieldsOf('s'.repeat(512))).toEqual([]);
    expect(fieldsOf('s'.repeat(513))).toEqual([{ path: 'clientSecret', message: messages.secretTooLong('client secret', 513) }]);
    expect(fieldsOf('abc\u0000def')).toEqual([{ path: 'clientSecret', message: messages.secretHasOtherCharacters('client secret') }]);
    expect(fieldsOf('abc\ud800def')).toEqual([{ path: 'clientSecret', message: messages.secretHasOtherCharacters('client secret') }]);
    expect(fieldsOf('!"#$%&()*+,-./:;<=>?@[]^_`{|}~09AZaz')).toEqual([]);
  });

  it('limits the client ID to 128 characters', () => {
    const result = oauthClientInputSchema.safeParse({ ...valid, clientId: 'c'.repeat(129) });
    expect(issuesToFields(result.error?.issues ?? [])).toEqual([{ path: 'clientId', message: messages.clientIdTooLong('client ID', 129) }]);
  });
});

describe('oauthClientSchema', () => {
  it('accepts a saved client with a stored-secret marker and rejects one with the secret', () => {
    const saved = {
      id: 'demo',
      name: valid.name,
      clientId: valid.clientId,
      clientSecret: { set: true, updatedAt: '2026-01-02T03:04:05.000Z' },
      createdAt: '2026-01-02T03:04:05.000Z',
      updatedAt: '2026-01-02T03:04:05.000Z',
    };
    expect(oauthClientSchema.parse(saved)).toEqual(saved);
    expect(oauthClientSchema.safeParse({ ...saved, clientSecret: valid.clientSecret }).success).toBe(false);
  });
});

describe('apiErrorSchema', () => {
  it('defaults fields to an empty list and knows the codes', () => {
    expect(apiErrorSchema.parse({ error: { status: 500, code: 'internal', message: 'Boom' } }).error.fields).toEqual([]);
    expect(apiErrorSchema.safeParse({ error: { status: 418, code: 'teapot', message: 'x' } }).success).toBe(false);
  });

  it('issuesToFields keeps the first message per path', () => {
    expect(
      issuesToFields([
        { path: ['name'], message: 'first' },
        { path: ['name'], message: 'second' },
        { path: ['scopes', 0], message: 'scope' },
      ]),
    ).toEqual([
      { path: 'name', message: 'first' },
      { path: 'scopes.0', message: 'scope' },
    ]);
  });
});
