import { describe, expect, it } from 'vitest';
import type { StoredConnection } from '../ports';
import { eventsOf, historyEntryOf } from './changeEvents';

const at = '2026-12-07T10:00:00.000Z';
const secret = { keyId: 'k', iv: 'iv', ciphertext: 'sealed', updatedAt: at };
const token = (status: StoredConnection['status'], name = 'Shop'): StoredConnection => ({ id: 'c1', name, storeHash: 'x7kq2mfa9b', status, createdAt: at, updatedAt: at, authType: 'token', clientId: 'cid', accessToken: secret });
const oauth = (status: StoredConnection['status'], authorizedAt?: string): StoredConnection => ({
  id: 'c2',
  name: 'App',
  storeHash: 'x7kq2mfa9b',
  status,
  createdAt: at,
  updatedAt: at,
  authType: 'oauth2',
  oauthClientId: 'client',
  scopes: ['store_v2_products'],
  ...(authorizedAt ? { authorization: { grantedScopes: ['store_v2_products'], authorizedAt, accessToken: secret } } : {}),
});
const online = { state: 'online', checkedAt: at } as const;
const offline = { state: 'offline', code: 'unauthorized', reason: 'Refused.', checkedAt: at } as const;

describe('what a change of a connection records', () => {
  it('a new connection: its first status, and connection.created', () => {
    const change = { kind: 'created', after: token({ state: 'untested' }) } as const;
    expect(historyEntryOf(change)).toEqual({ from: null, to: { state: 'untested' }, reason: null, source: 'save' });
    expect(eventsOf(change, at).map((event) => event.type)).toEqual(['connection.created']);
  });

  it('a check that finds it broken: a history row with the code and reason, and status_changed with the previous status', () => {
    const change = { kind: 'checked', before: token(online), after: token(offline), source: 'check' } as const;
    expect(historyEntryOf(change)).toEqual({ from: { state: 'online' }, to: { state: 'offline', code: 'unauthorized' }, reason: 'Refused.', source: 'check' });
    const [event] = eventsOf(change, at);
    expect(event?.body).toMatchObject({ type: 'connection.status_changed', timestamp: at, data: { connection: { id: 'c1', status: offline }, previous: { status: online } } });
  });

  it('a check that finds it as it was: no history row, no event (a newer checkedAt is no change)', () => {
    const change = { kind: 'checked', before: token(online), after: token({ ...online, checkedAt: '2026-12-07T11:00:00.000Z' }), source: 'check' } as const;
    expect(historyEntryOf(change)).toBeUndefined();
    expect(eventsOf(change, at)).toEqual([]);
  });

  it('an authorization: connection.authorized and the status change; an uninstall: connection.uninstalled and the status change', () => {
    const authorized = { kind: 'checked', before: oauth({ state: 'not_authorized' }), after: oauth({ state: 'authorized' }, at), source: 'authorization' } as const;
    expect(eventsOf(authorized, at).map((event) => event.type)).toEqual(['connection.authorized', 'connection.status_changed']);
    const uninstalled = { kind: 'checked', before: oauth({ state: 'authorized' }, at), after: oauth({ state: 'revoked', reason: 'Uninstalled.' }), source: 'uninstall' } as const;
    expect(eventsOf(uninstalled, at).map((event) => event.type)).toEqual(['connection.uninstalled', 'connection.status_changed']);
  });

  it('a save: connection.updated, with status_changed when the status moved; a delete: connection.deleted, no history', () => {
    expect(eventsOf({ kind: 'updated', before: token(online), after: token(online, 'Renamed') }, at).map((event) => event.type)).toEqual(['connection.updated']);
    const retested = { kind: 'updated', before: token(offline), after: token({ state: 'untested' }) } as const;
    expect(eventsOf(retested, at).map((event) => event.type)).toEqual(['connection.updated', 'connection.status_changed']);
    expect(historyEntryOf(retested)?.source).toBe('save');
    const deleted = { kind: 'deleted', before: token(online) } as const;
    expect(historyEntryOf(deleted)).toBeUndefined();
    expect(eventsOf(deleted, at)[0]?.body.data).toMatchObject({ connection: { id: 'c1', name: 'Shop' } });
  });

  it('never puts a secret in an event', () => {
    const text = JSON.stringify(eventsOf({ kind: 'created', after: token(online) }, at));
    expect(text).not.toContain('sealed');
    expect(text).toContain('"accessToken":{"set":true');
  });
});
