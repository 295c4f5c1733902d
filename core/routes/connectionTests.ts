import { connectionTestInputSchema } from '../../src/features/connections/schema';
import { probeStore } from '../bigcommerce/probe';
import { credentialsOfInput, recordTestResult, testSavedConnection } from '../connections/checks';
import type { BackendDeps } from '../deps';
import { parseBody } from '../http/body';
import { notFound } from '../http/errors';
import { json } from '../http/json';
import { serializeConnection } from '../serialize';

// A client that went away gets a network error (Response.error()): nobody reads the answer, and
// nothing is recorded.

/** Tests credentials as typed, before they are saved. Stores nothing. */
export async function testUnsavedConnection(deps: BackendDeps, request: Request): Promise<Response> {
  const body = await parseBody(request, connectionTestInputSchema);
  if (!body.ok) return body.response;
  const result = await probeStore(deps.bigcommerce, credentialsOfInput(body.data), request.signal);
  if (result === 'cancelled') return Response.error();
  return json({ result });
}

/** Tests a saved connection with its stored secret and records the outcome in its status. */
export async function testConnection(deps: BackendDeps, request: Request, id: string): Promise<Response> {
  const record = await deps.connections.find(id);
  if (!record) return notFound('connection', id);
  const result = await testSavedConnection(deps, record, request.signal);
  if (result === 'cancelled') return Response.error();
  const updated = await recordTestResult(deps, record, result);
  if (!updated) return notFound('connection', id);
  return json({ result, connection: serializeConnection(updated) });
}
