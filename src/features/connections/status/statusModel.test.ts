import { describe, expect, it } from 'vitest';
import type { Connection } from '../schema';
import { attentionAction, attentionCause, authorizationLine, changeText, checkedAgo, healthOf, needsAttention } from './statusModel';

const secret = { set: true, updatedAt: '2026-12-01T00:00:00.000Z' } as const;
const shared = { id: 'c1', name: 'Shop', storeHash: 'x7kq2mfa9b', createdAt: '2026-12-01T00:00:00.000Z', updatedAt: '2026-12-01T00:00:00.000Z' };
const token = (status: Connection['status']): Connection => ({ ...shared, authType: 'token', clientId: 'client', accessToken: secret, status });
const oauth = (status: Connection['status'], grantedScopes?: string[]): Connection => ({
  ...shared,
  authType: 'oauth2',
  oauthClientId: 'client',
  scopes: ['store_v2_products_read_only'],
  status,
  ...(grantedScopes ? { authorization: { grantedScopes, authorizedAt: '2026-12-01T00:00:00.000Z', accessToken: secret } } : {}),
});

describe('a status in words', () => {
  it('says whether it works, apart from whether it was authorized', () => {
    expect(healthOf({ state: 'online' })).toBe('working');
    expect(healthOf({ state: 'offline', code: 'timeout' })).toBe('attention');
    expect(healthOf({ state: 'not_authorized' })).toBe('attention');
    expect(healthOf({ state: 'revoked' })).toBe('uninstalled');
    expect(healthOf({ state: 'untested' })).toBe('unchecked');
    expect(healthOf({ state: 'authorized' })).toBe('unchecked');
    // A check that found it working keeps the grant in view.
    expect(authorizationLine(oauth({ state: 'online' }, ['store_v2_products_read_only', 'users_basic_information']))).toBe('Authorized · Scopes granted: Products (Read-only)');
    expect(authorizationLine(oauth({ state: 'not_authorized' }))).toBeUndefined();
    expect(authorizationLine(token({ state: 'online' }))).toBeUndefined();
  });

  it('says why one needs attention and what to do, as a failed test does', () => {
    const refused = token({ state: 'offline', code: 'unauthorized', reason: 'BigCommerce refused this access token.' });
    expect(needsAttention(refused)).toBe(true);
    expect(attentionCause(refused)).toBe('BigCommerce refused the token');
    expect(attentionAction(refused)).toBe('Create a new API account in BigCommerce, then Edit and paste its access token.');
    const oauthRefused = oauth({ state: 'offline', code: 'unauthorized' }, ['store_v2_products_read_only']);
    expect(attentionAction(oauthRefused)).toBe('Authorize again: Edit, then Save & authorize.');
    expect(attentionCause(oauth({ state: 'revoked' }))).toBe('the app was uninstalled from the store');
    expect(attentionAction(token({ state: 'offline', code: 'unavailable' }))).toMatch(/^Nothing to change on your side/);
    expect(needsAttention(token({ state: 'online' }))).toBe(false);
    expect(attentionCause(token({ state: 'online' }))).toBeUndefined();
    expect(attentionAction(token({ state: 'untested' }))).toBeUndefined();
  });

  it('says how long ago it was checked', () => {
    const now = Date.parse('2026-12-07T12:00:00.000Z');
    expect(checkedAgo(undefined, now)).toBeUndefined();
    expect(checkedAgo('2026-12-07T11:59:30.000Z', now)).toBe('checked just now');
    expect(checkedAgo('2026-12-07T11:56:00.000Z', now)).toBe('checked 4 minutes ago');
    expect(checkedAgo('2026-12-07T09:00:00.000Z', now)).toBe('checked 3 hours ago');
    expect(checkedAgo('2026-12-06T11:00:00.000Z', now)).toBe('checked yesterday');
  });

  it('names a change from one word to another', () => {
    const change = { id: 'h1', at: '2026-12-07T12:00:00.000Z', reason: null, source: 'check' as const };
    expect(changeText({ ...change, from: { state: 'online' }, to: { state: 'offline', code: 'unauthorized' } })).toBe('Working → Needs attention');
    expect(changeText({ ...change, from: null, to: { state: 'untested' } })).toBe('Not checked yet');
  });
});
