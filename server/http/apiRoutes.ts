import type { BackendDeps } from '../../core/deps';
import { answer, apiRoutes } from '../../core/routes/table';
import type { ServerApp } from './requestLog';

/** The routes both backends share, from the one table in core/. */
export function mountApiRoutes(app: ServerApp, deps: BackendDeps): void {
  for (const route of apiRoutes) {
    app.on(route.method, `/api${route.path}`, (c) => answer(deps, route, c.req.raw, c.req.param('id') ?? ''));
  }
}
