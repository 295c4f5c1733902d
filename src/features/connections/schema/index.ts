// zodConfig first: it sets z.config({ jitless: true }) before any module builds a schema (a schema
// built before that probes `new Function`, a CSP violation). Every module with schemas imports it too.
import './zodConfig';
export * from './characters';
export * from './common';
export * from './activity';
export * from './apiError';
export * from './apiKeys';
export * from './authTypes';
export * from './authorization';
export * from './connection';
export * from './connectionList';
export * from './connectionTest';
export * from './fields';
export * from './messages';
export * from './oauthClient';
export * from './scopeCatalog';
export * from './scopes';
export * from './session';
export * from './sessionPages';
export * from './statusHistory';
export * from './storeHash';
export * from './testReasons';
export * from './usage';
export * from './webhooks';
