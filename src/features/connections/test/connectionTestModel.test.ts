import { describe, expect, it } from 'vitest';
import type { Connection, TestResult } from '../schema';
import {
  connectionsToStore,
  duplicateStoreText,
  failureTitle,
  fieldOfFailure,
  isTransientFailure,
  rateLimitText,
  savedAnnouncement,
  scopeUiNames,
  splitGrantedScopes,
  successLines,
  suggestedName,
  type TestFailure,
} from './connectionTestModel';

const checkedAt = '2026-01-02T03:04:05.000Z';
const failure = (reason: TestFailure['reason'], extra: Partial<TestFailure> = {}): TestFailure => ({
  ok: false,
  checkedAt,
  reason,
  message: `because ${reason}`,
  ...extra,
});

describe('fieldOfFailure: which field a failed test marks', () => {
  it.each([
    ['a refused token on Token', failure('unauthorized', { field: 'accessToken' }), 'token', 'accessToken'],
    ['a refused password on Basic', failure('unauthorized', { field: 'password' }), 'basic', 'password'],
    ['an unknown store', failure('store_not_found', { field: 'storeHash' }), 'token', 'storeHash'],
    ['an unknown store on Basic', failure('store_not_found', { field: 'storeHash' }), 'basic', 'storeHash'],
  ] as const)('%s', (_name, result, authType, field) => {
    expect(fieldOfFailure(result, authType)).toBe(field);
  });

  it("puts a refused secret on the branch's own secret field, whatever the backend named", () => {
    expect(fieldOfFailure(failure('unauthorized', { field: 'accessToken' }), 'basic')).toBe('password');
    expect(fieldOfFailure(failure('unauthorized', { field: 'password' }), 'token')).toBe('accessToken');
  });

  it('infers the field from the reason when the backend names none', () => {
    expect(fieldOfFailure(failure('unauthorized'), 'token')).toBe('accessToken');
    expect(fieldOfFailure(failure('unauthorized'), 'basic')).toBe('password');
    expect(fieldOfFailure(failure('store_not_found'), 'basic')).toBe('storeHash');
  });

  it('marks no field for failures that no field can fix', () => {
    for (const reason of ['missing_scope', 'rate_limited', 'unavailable', 'timeout', 'network', 'not_authorized'] as const) {
      expect(fieldOfFailure(failure(reason), 'token')).toBeUndefined();
    }
  });

  it('marks no field the chosen auth type does not have', () => {
    expect(fieldOfFailure(failure('unauthorized'), 'oauth2')).toBeUndefined();
    expect(fieldOfFailure(failure('unauthorized', { field: 'accessToken' }), 'oauth2')).toBeUndefined();
    expect(fieldOfFailure(failure('unauthorized', { field: 'oauthClientId' }), 'token')).toBeUndefined();
    expect(fieldOfFailure(failure('unauthorized', { field: 'oauthClientId' }), 'oauth2')).toBe('oauthClientId');
    expect(fieldOfFailure(failure('store_not_found'), undefined)).toBeUndefined();
  });
});

describe('what a test says', () => {
  const success: Extract<TestResult, { ok: true }> = {
    ok: true,
    checkedAt,
    store: { hash: 'x7kq2mfa9b', name: 'Plumtree Outfitters', plan: 'Plus' },
    scopes: ['store_v2_information_read_only', 'store_v2_products_read_only'],
    rateLimit: { quota: 150, left: 149, windowMs: 30_000 },
  };

  it('names the store, its plan, the scopes as BigCommerce names them, and the quota', () => {
    expect(successLines(success)).toEqual({
      title: 'Connected to Plumtree Outfitters',
      details: [
        'Plan: Plus',
        'Can read: Information & Settings, Products (the test checks Information & Settings and Products only)',
        'Rate limit: 150 requests per 30 seconds, 149 left',
      ],
    });
    expect(successLines({ ...success, scopes: [], rateLimit: undefined }).details).toEqual(['Plan: Plus', 'Can read: neither (the test checks Information & Settings and Products only)']);
  });

  it('words the quota for odd windows and single units', () => {
    expect(rateLimitText({ quota: 1, left: 0, windowMs: 1000 })).toBe('1 request per 1 second, 0 left');
    expect(rateLimitText({ quota: 450, left: 3, windowMs: 1500 })).toBe('450 requests per 1500 ms, 3 left');
  });

  it('names a missing scope by its BigCommerce name and its scope string', () => {
    const missing = failure('missing_scope', { missingScope: { scope: 'store_v2_information_read_only', uiName: 'Information & Settings' } });
    expect(failureTitle(missing)).toBe('Missing scope: Information & Settings (store_v2_information_read_only)');
  });

  it('offers Retry only for failures that may pass on their own', () => {
    expect(['unavailable', 'timeout', 'network'].map((reason) => isTransientFailure(failure(reason as TestFailure['reason'])))).toEqual([true, true, true]);
    expect(isTransientFailure(failure('unauthorized'))).toBe(false);
    expect(isTransientFailure(failure('rate_limited'))).toBe(false);
  });

  it('keeps unknown scopes as they are, and splits granted ones from those every app gets', () => {
    expect(scopeUiNames(['store_v2_orders', 'users_basic_information'])).toBe('Orders (Modify), users_basic_information');
    expect(splitGrantedScopes(['store_v2_products_read_only', 'store_v2_default', 'users_basic_information'])).toEqual({
      resources: ['store_v2_products_read_only'],
      others: ['store_v2_default', 'users_basic_information'],
    });
  });
});

const now = '2026-01-02T03:04:05.000Z';
const saved = (id: string, name: string, storeHash: string, status: Connection['status'] = { state: 'online' }): Connection => ({
  id,
  name,
  authType: 'token',
  clientId: 'abc',
  storeHash,
  accessToken: { set: true, updatedAt: now },
  status,
  createdAt: now,
  updatedAt: now,
});

describe('names and stores', () => {
  it('suggests "BigCommerce - STORE", numbered when taken (ignoring case)', () => {
    expect(suggestedName('Plumtree Outfitters', [])).toBe('BigCommerce - Plumtree Outfitters');
    expect(suggestedName('Plumtree Outfitters', ['bigcommerce - plumtree outfitters'])).toBe('BigCommerce - Plumtree Outfitters (2)');
    expect(suggestedName('Plumtree Outfitters', ['BigCommerce - Plumtree Outfitters', 'BigCommerce - Plumtree Outfitters (2)'])).toBe(
      'BigCommerce - Plumtree Outfitters (3)',
    );
  });

  it('finds other connections to the same store, never the one being edited', () => {
    const list = [saved('a', 'Main store', 'x7kq2mfa9b'), saved('b', 'Other', 'abc123'), saved('c', 'Backup', 'X7KQ2MFA9B')];
    expect(connectionsToStore(list, 'x7kq2mfa9b').map((c) => c.id)).toEqual(['a', 'c']);
    expect(connectionsToStore(list, 'x7kq2mfa9b', 'a').map((c) => c.id)).toEqual(['c']);
    expect(connectionsToStore(list, '')).toEqual([]);
  });

  it('says which connections already reach the store', () => {
    expect(duplicateStoreText([saved('a', 'X', 'x7kq2mfa9b')], 'x7kq2mfa9b')).toBe('“X” already connects to store x7kq2mfa9b.');
    expect(duplicateStoreText([saved('a', 'X', 'h'), saved('b', 'Y', 'h'), saved('c', 'Z', 'h')], 'h')).toBe('“X”, “Y” and “Z” already connect to store h.');
  });

  it('announces a save with what its test found', () => {
    expect(savedAnnouncement({ ...saved('a', 'Main', 'h'), storeName: 'Plumtree Outfitters' })).toEqual({
      message: 'Connection "Main" saved. It is online: connected to Plumtree Outfitters.',
      tone: 'success',
    });
    expect(savedAnnouncement(saved('a', 'Main', 'h', { state: 'offline', reason: 'BigCommerce refused it.' }))).toEqual({
      message: 'Connection "Main" saved. Its test failed: BigCommerce refused it.',
      tone: 'warning',
    });
    expect(savedAnnouncement(saved('a', 'Main', 'h', { state: 'untested' })).message).toBe('Connection "Main" saved.');
    expect(savedAnnouncement(saved('a', 'Main', 'h', { state: 'authorized', checkedAt })).message).toBe('Connection "Main" saved. It is still authorized.');
  });
});
