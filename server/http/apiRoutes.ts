import type { Context } from 'hono';
import type { BackendDeps } from '../../core/deps';
import { answer, apiRoutes, type ApiRoute } from '../../core/routes/table';
import type { ServerApp } from './requestLog';

/** Wraps each route's answer (the activity log records what it did). */
export type RouteObserver = (route: ApiRoute, c: Context, id: string, answer: () => Promise<Response>) => Promise<Response>;

/** The routes both backends share, from the one table in core/. */
export function mountApiRoutes(app: ServerApp, deps: BackendDeps, observe?: RouteObserver): void {
  for (const route of apiRoutes) {
    app.on(route.method, `/api${route.path}`, (c) => {
      const id = c.req.param('id') ?? '';
      const run = () => answer(deps, route, c.req.raw, id);
      return observe ? observe(route, c, id, run) : run();
    });
  }
}
