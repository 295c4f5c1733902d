import type { StatusChange } from '../../src/features/connections/schema';
import type { BackendDeps } from '../../core/deps';
import { notFound } from '../../core/http/errors';
import { json } from '../../core/http/json';
import type { ServerDatabase } from '../db/openDatabase';
import type { ServerApp } from '../http/requestLog';
import { fromJson } from '../storage/rows';

const SHOWN_MS = 30 * 24 * 3_600_000;

/** GET /api/connections/:id/history: the last 30 days of its status, newest first. */
export function mountHistoryRoute(app: ServerApp, deps: BackendDeps, database: ServerDatabase, now: () => number = Date.now): void {
  app.get('/api/connections/:id/history', async (c) => {
    const id = c.req.param('id');
    if (!(await deps.connections.find(id))) return notFound('connection', id);
    const rows = await database.kysely
      .selectFrom('status_history')
      .select('data')
      .where('connection_id', '=', id)
      .where('at', '>=', now() - SHOWN_MS)
      .orderBy('id', 'desc')
      .limit(500)
      .execute();
    return json({ changes: rows.map((row) => fromJson<StatusChange>(row)) });
  });
}
