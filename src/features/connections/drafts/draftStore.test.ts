import { beforeEach, describe, expect, it } from 'vitest';
import { authTypes } from '../schema';
import {
  draftFields,
  draftKey,
  draftMaxAgeMs,
  draftToFormValues,
  removeDraft,
  sameDraftValues,
  secretFields,
  toDraftValues,
  writeDraft,
} from './draftStore';
import { parseDraft, readDraft } from './draftSchema';

const secret = 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h';
const now = Date.parse('2026-11-26T13:05:00.000Z');

/** Every field any branch can have, each set, the secrets to `secret`. */
const everything = {
  name: 'Main store',
  authType: 'basic',
  storeHash: 'x7kq2mfa9b',
  oauthClientId: 'client-1',
  scopes: ['store_v2_products'],
  username: 'api-user',
  password: secret,
  clientId: 'abc123',
  accessToken: secret,
  clientSecret: secret,
};

beforeEach(() => localStorage.clear());

describe('draftKey', () => {
  it('is per panel', () => {
    expect(draftKey(undefined)).toBe('connection-draft:new');
    expect(draftKey('c1')).toBe('connection-draft:c1');
  });
});

describe('the allow-list', () => {
  it('names no secret for any auth type', () => {
    for (const list of Object.values(draftFields)) {
      for (const secretName of ['password', 'accessToken', 'clientSecret']) expect(list).not.toContain(secretName);
    }
  });

  it.each(authTypes)('keeps only the non-secret fields of %s', (authType) => {
    const draft = toDraftValues({ ...everything, authType });
    expect(Object.keys(draft).sort()).toEqual([...draftFields[authType]].sort());
    expect(JSON.stringify(draft)).not.toContain(secret);
    for (const name of secretFields[authType]) expect(draft).not.toHaveProperty(name);
  });

  it('keeps only the name before an auth type is chosen', () => {
    expect(toDraftValues({ ...everything, authType: undefined })).toEqual({ name: 'Main store' });
    expect(toDraftValues({ ...everything, authType: 'ftp' })).toEqual({ name: 'Main store' });
  });

  it('drops a plain field that holds a typed secret (the token pasted into Client ID)', () => {
    const token = 'q4w8e2r6t0y3u7i1o5p9a2s6d0f4g8h';
    const draft = toDraftValues({ authType: 'token', name: 'Main store', clientId: ` ${token}`, accessToken: token, storeHash: 'abc' });
    expect(draft).toEqual({ authType: 'token', name: 'Main store', storeHash: 'abc' });
    const basic = toDraftValues({ authType: 'basic', username: token, password: `${token} ` });
    expect(JSON.stringify(basic)).not.toContain(token);
  });

  it('drops values of the wrong kind', () => {
    expect(toDraftValues({ authType: 'oauth2', name: 42, scopes: ['a', 3, null] })).toEqual({ authType: 'oauth2', scopes: ['a'] });
  });

  it('never writes a secret to storage', () => {
    for (const authType of authTypes) {
      writeDraft(draftKey('c1'), { ...everything, authType }, new Date(now));
      expect(localStorage.getItem('connection-draft:c1')).not.toContain(secret);
    }
  });
});

describe('parseDraft', () => {
  const stored = (values: unknown, savedAt = new Date(now).toISOString()) => JSON.stringify({ version: 1, savedAt, values });

  it('reads a draft it wrote', () => {
    writeDraft('k', { ...everything, authType: 'token' }, new Date(now));
    expect(parseDraft(localStorage.getItem('k'), now)).toEqual({
      version: 1,
      savedAt: '2026-11-26T13:05:00.000Z',
      values: { name: 'Main store', authType: 'token', clientId: 'abc123', storeHash: 'x7kq2mfa9b' },
    });
  });

  it('keeps the edited connection\'s updatedAt with the draft', () => {
    writeDraft('k', { ...everything, authType: 'token' }, new Date(now), '2026-11-20T10:00:00.000Z');
    expect(parseDraft(localStorage.getItem('k'), now)?.basedOn).toBe('2026-11-20T10:00:00.000Z');
  });

  it.each([
    ['absent', null],
    ['a basedOn that is not a date', JSON.stringify({ version: 1, savedAt: new Date(now).toISOString(), basedOn: 'yesterday', values: { name: 'x' } })],
    ['not JSON', '{oops'],
    ['another version', JSON.stringify({ version: 2, savedAt: new Date(now).toISOString(), values: { name: 'x' } })],
    ['no date', JSON.stringify({ version: 1, values: { name: 'x' } })],
    ['a secret in it', stored({ authType: 'basic', name: 'x', password: secret })],
    ['a field of another branch', stored({ authType: 'token', username: 'x' })],
    ['an unknown auth type', stored({ authType: 'ftp', name: 'x' })],
    ['a number for a name', stored({ name: 42 })],
    ['an extra top-level key', JSON.stringify({ version: 1, savedAt: new Date(now).toISOString(), values: {}, accessToken: secret })],
  ])('returns null for a draft with %s', (_case, raw) => {
    expect(parseDraft(raw, now)).toBeNull();
  });

  it('drops a draft older than the maximum age', () => {
    const raw = stored({ name: 'x' }, new Date(now - draftMaxAgeMs).toISOString());
    expect(parseDraft(raw, now)).toBeNull();
    expect(parseDraft(raw, now - 1)).not.toBeNull();
  });

  it('removes a broken draft when reading it', () => {
    localStorage.setItem('connection-draft:new', stored({ authType: 'basic', password: secret }));
    expect(readDraft('connection-draft:new', now)).toBeNull();
    expect(localStorage.getItem('connection-draft:new')).toBeNull();
  });

  it('removes a draft', () => {
    writeDraft('k', { name: 'x' });
    removeDraft('k');
    expect(localStorage.getItem('k')).toBeNull();
  });
});

describe('sameDraftValues', () => {
  it('treats empty values as absent', () => {
    expect(sameDraftValues({ name: '' }, {})).toBe(true);
    expect(sameDraftValues({ authType: 'oauth2', scopes: [] }, { authType: 'oauth2' })).toBe(true);
    expect(sameDraftValues({ name: 'a' }, { name: 'b' })).toBe(false);
  });
});

describe('draftToFormValues', () => {
  const draft = (values: Record<string, unknown>) => parseDraft(JSON.stringify({ version: 1, savedAt: new Date(now).toISOString(), values }), now)!;

  it('puts the draft over the defaults with the secrets empty', () => {
    expect(draftToFormValues(draft({ authType: 'basic', name: 'n', username: 'u', storeHash: 'h' }), { name: '' })).toEqual({
      name: 'n',
      authType: 'basic',
      username: 'u',
      storeHash: 'h',
      password: '',
    });
  });

  it('drops the saved branch when the draft has another auth type, keeping the store hash', () => {
    const saved = { name: 'Main', authType: 'token', clientId: 'abc', accessToken: '', storeHash: 'h' } as const;
    expect(draftToFormValues(draft({ authType: 'oauth2', name: 'Main', oauthClientId: 'c1' }), saved)).toEqual({
      name: 'Main',
      storeHash: 'h',
      authType: 'oauth2',
      oauthClientId: 'c1',
    });
  });
});
