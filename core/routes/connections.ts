import { connectionInputSchema, connectionListQuerySchema, connectionPageLimits, type ConnectionPage } from '../../src/features/connections/schema';
import { checkAfterSave } from '../connections/checks';
import { decodeCursor, encodeCursor } from '../connections/cursor';
import { nowIso } from '../clock';
import type { BackendDeps } from '../deps';
import { parseBody } from '../http/body';
import { idempotencyClaimOf } from '../idempotency';
import { nameTaken, notFound, unknownOAuthClient } from '../http/errors';
import { json, noContent } from '../http/json';
import { invalidQuery, parseQuery } from '../http/query';
import type { SaveFailureReason } from '../ports';
import { buildConnectionRecord, newStamp, replacementOf } from '../records';
import { serializeConnection } from '../serialize';

const badCursor = [{ path: 'cursor', message: 'cursor must be the nextCursor of the page before.' }];

/**
 * One page of the list (docs/api.md): the query checked, then one indexed read of `limit` rows (and
 * one to know of more); with `count`, the matches counted too.
 */
export async function listConnections(deps: BackendDeps, request: Request): Promise<Response> {
  const query = parseQuery(request, connectionListQuerySchema);
  if (!query.ok) return query.response;
  const { limit = connectionPageLimits.default, cursor, q, status, count } = query.data;
  const after = cursor === undefined ? undefined : decodeCursor(cursor);
  if (cursor !== undefined && !after) return invalidQuery(badCursor);
  const filter = { q: q || undefined, states: status };
  const [{ records, more }, total] = await Promise.all([deps.connections.page({ ...filter, limit, after }), count ? deps.connections.count(filter) : undefined]);
  const last = records.at(-1);
  const page: ConnectionPage = {
    connections: records.map(serializeConnection),
    nextCursor: more && last ? encodeCursor(last) : null,
    ...(total !== undefined && { total }),
  };
  return json(page);
}

export async function createConnection(deps: BackendDeps, request: Request): Promise<Response> {
  const body = await parseBody(request, connectionInputSchema);
  if (!body.ok) return body.response;
  const record = await buildConnectionRecord(deps.cipher, body.data, newStamp(nowIso()));
  const saved = await deps.connections.insert(record, idempotencyClaimOf(request));
  if (!saved.ok) return saveFailure(saved.reason, body.data.name, '');
  const checked = await checkAfterSave(deps, saved.record, body.data, request.signal);
  return json(serializeConnection(checked), { status: 201 });
}

/** The answer a create would have given, for a retry whose create committed before the server stopped. */
export async function resumeCreatedConnection(deps: BackendDeps, id: string): Promise<Response> {
  const record = await deps.connections.find(id);
  return record ? json(serializeConnection(record), { status: 201 }) : notFound('connection', id);
}

export async function getConnection(deps: BackendDeps, id: string): Promise<Response> {
  const record = await deps.connections.find(id);
  return record ? json(serializeConnection(record)) : notFound('connection', id);
}

export async function updateConnection(deps: BackendDeps, request: Request, id: string): Promise<Response> {
  // An unknown ID is the bigger news: say 404 before looking at the body.
  if (!(await deps.connections.find(id))) return notFound('connection', id);
  const body = await parseBody(request, connectionInputSchema);
  if (!body.ok) return body.response;
  const now = nowIso();
  const rebuilt = await buildConnectionRecord(deps.cipher, body.data, { id, createdAt: now, now });
  const saved = await deps.connections.replace(id, (existing) => replacementOf(existing, rebuilt));
  if (!saved.ok) return saveFailure(saved.reason, body.data.name, id);
  const checked = await checkAfterSave(deps, saved.record, body.data, request.signal);
  return json(serializeConnection(checked));
}

export async function deleteConnection(deps: BackendDeps, id: string): Promise<Response> {
  return (await deps.connections.delete(id)) ? noContent() : notFound('connection', id);
}

function saveFailure(reason: SaveFailureReason, name: string, id: string): Response {
  switch (reason) {
    case 'not_found':
      return notFound('connection', id);
    case 'name_taken':
      return nameTaken(name);
    case 'unknown_oauth_client':
      return unknownOAuthClient();
  }
}
