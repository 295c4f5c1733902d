import { describe, expect, it } from 'vitest';
import type { Connection } from '../schema';
import { fieldId, fieldOrder, fieldsToDrop, storeHashNote, toFormValues } from './formModel';
import { scopesSummary, withResourceLevel } from './ScopesPicker';

describe('fieldsToDrop', () => {
  it('drops the old branch but keeps the store hash', () => {
    expect(fieldsToDrop('basic', 'token')).toEqual(['username', 'password']);
    expect(fieldsToDrop('token', 'oauth2')).toEqual(['accessToken', 'clientId']);
    expect(fieldsToDrop('oauth2', 'basic')).toEqual(['oauthClientId', 'scopes']);
  });

  it('drops nothing on the first choice or the same choice', () => {
    expect(fieldsToDrop(undefined, 'token')).toEqual([]);
    expect(fieldsToDrop('token', 'token')).toEqual([]);
  });
});

describe('fieldOrder and fieldId', () => {
  it('lists the fields in page order', () => {
    expect(fieldOrder(undefined)).toEqual(['name', 'authType']);
    expect(fieldOrder('token')).toEqual(['name', 'authType', 'accessToken', 'clientId', 'storeHash']);
  });

  it('maps dotted paths to the field element', () => {
    expect(fieldId('scopes.3')).toBe('field-scopes');
    expect(fieldId('name')).toBe('field-name');
  });
});

describe('toFormValues', () => {
  const base = {
    id: 'c1',
    name: 'Store',
    storeHash: 'abc',
    status: { state: 'untested' as const },
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
  };

  it('starts secrets empty', () => {
    const token: Connection = { ...base, authType: 'token', clientId: 'id', accessToken: { set: true, updatedAt: base.updatedAt } };
    expect(toFormValues(token)).toEqual({ name: 'Store', storeHash: 'abc', authType: 'token', clientId: 'id', accessToken: '' });
    const basic: Connection = { ...base, authType: 'basic', username: 'u', password: { set: true, updatedAt: base.updatedAt } };
    expect(toFormValues(basic)).toEqual({ name: 'Store', storeHash: 'abc', authType: 'basic', username: 'u', password: '' });
  });

  it('copies the OAuth 2.0 client and scopes', () => {
    const oauth: Connection = { ...base, authType: 'oauth2', oauthClientId: 'cl', scopes: ['store_v2_orders'] };
    expect(toFormValues(oauth)).toEqual({ name: 'Store', storeHash: 'abc', authType: 'oauth2', oauthClientId: 'cl', scopes: ['store_v2_orders'] });
  });
});

describe('storeHashNote', () => {
  it('says what was reduced and from what', () => {
    expect(storeHashNote({ hash: 'x7kq2mfa9b', source: 'api-path', changed: true }, 'pasted')).toBe(
      'Reduced to the store hash x7kq2mfa9b from the API path you pasted.',
    );
    expect(storeHashNote({ hash: 'x7kq2mfa9b', source: 'control-panel', changed: true }, 'entered')).toBe(
      'Reduced to the store hash x7kq2mfa9b from the control-panel address you entered.',
    );
  });
});

describe('scopes helpers', () => {
  it('sets one level per resource, in catalog order', () => {
    let scopes = withResourceLevel([], 'Products', 'store_v2_products_read_only');
    scopes = withResourceLevel(scopes, 'Orders', 'store_v2_orders');
    expect(scopes).toEqual(['store_v2_orders', 'store_v2_products_read_only']);
    scopes = withResourceLevel(scopes, 'Products', 'store_v2_products');
    expect(scopes).toEqual(['store_v2_orders', 'store_v2_products']);
    expect(withResourceLevel(scopes, 'Orders', null)).toEqual(['store_v2_products']);
  });

  it('summarises the choice', () => {
    expect(scopesSummary([])).toBe('No scopes chosen yet.');
    expect(scopesSummary(['store_v2_orders', 'store_v2_products_read_only'])).toBe('2 scopes chosen: Orders (Modify), Products (Read-only)');
    expect(scopesSummary(['store_metafield_write_all'])).toBe('1 scope chosen: Metafields Access (Full)');
  });
});
