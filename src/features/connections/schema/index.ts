// common.ts first: it sets z.config({ jitless: true }) before any other module builds a schema
// (each z.object built before that probes `new Function`, a CSP violation).
export * from './common';
export * from './apiError';
export * from './authorization';
export * from './connection';
export * from './connectionTest';
export * from './fields';
export * from './messages';
export * from './oauthClient';
export * from './scopeCatalog';
export * from './scopes';
export * from './storeHash';
