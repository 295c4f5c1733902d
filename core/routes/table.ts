import type { BackendDeps } from '../deps';
import { idempotent } from '../idempotency';
import { createConnection, deleteConnection, getConnection, listConnections, updateConnection } from './connections';
import { createOAuthClient, listOAuthClients, updateOAuthClient } from './oauthClients';

/** The operations of our API, by the names failure scenarios and logs use. */
export const apiOperations = [
  'connections.list',
  'connections.get',
  'connections.create',
  'connections.update',
  'connections.delete',
  /** POST /api/connections/test and POST /api/connections/:id/test. */
  'connections.test',
  /** POST /api/connections/:id/authorize and the callback. */
  'connections.authorize',
  'oauthClients.list',
  'oauthClients.create',
  'oauthClients.update',
] as const;
export type ApiOperation = (typeof apiOperations)[number];

export interface ApiRoute {
  readonly method: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Below /api, with `:id` for the one parameter. */
  readonly path: string;
  readonly operation: ApiOperation;
  /** A save: honours `Idempotency-Key` (docs/api.md). */
  readonly saves?: boolean;
  readonly handle: (deps: BackendDeps, request: Request, id: string) => Promise<Response>;
}

// Loaded on first use: the embedded demo's backend starts without the connection test.
const connectionTests = () => import('./connectionTests');

/** The routes both backends answer alike. Each backend adds its own authorization routes. */
export const apiRoutes: readonly ApiRoute[] = [
  { method: 'GET', path: '/connections', operation: 'connections.list', handle: (deps, request) => listConnections(deps, request) },
  { method: 'POST', path: '/connections/test', operation: 'connections.test', handle: async (deps, request) => (await connectionTests()).testUnsavedConnection(deps, request) },
  { method: 'POST', path: '/connections', operation: 'connections.create', saves: true, handle: (deps, request) => createConnection(deps, request) },
  { method: 'GET', path: '/connections/:id', operation: 'connections.get', handle: (deps, _request, id) => getConnection(deps, id) },
  { method: 'PUT', path: '/connections/:id', operation: 'connections.update', saves: true, handle: updateConnection },
  { method: 'DELETE', path: '/connections/:id', operation: 'connections.delete', handle: (deps, _request, id) => deleteConnection(deps, id) },
  {
    method: 'POST',
    path: '/connections/:id/test',
    operation: 'connections.test',
    handle: async (deps, request, id) => (await connectionTests()).testConnection(deps, request, id),
  },
  { method: 'GET', path: '/oauth-clients', operation: 'oauthClients.list', handle: (deps) => listOAuthClients(deps) },
  { method: 'POST', path: '/oauth-clients', operation: 'oauthClients.create', saves: true, handle: (deps, request) => createOAuthClient(deps, request) },
  { method: 'PUT', path: '/oauth-clients/:id', operation: 'oauthClients.update', saves: true, handle: updateOAuthClient },
];

/** Answers `request` by `route`, through the idempotency layer when it saves. */
export function answer(deps: BackendDeps, route: ApiRoute, request: Request, id: string): Promise<Response> {
  const run = (req: Request) => route.handle(deps, req, id);
  return route.saves ? idempotent(deps.idempotency, request, run) : run(request);
}
