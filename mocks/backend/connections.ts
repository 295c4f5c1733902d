import { http, HttpResponse } from 'msw';
import { connectionInputSchema } from '../../src/features/connections/schema';
import { checkAfterSave } from './connectionChecks';
import { deleteConnection, findConnection, listConnections, saveConnection } from './connectionStore';
import { nameTaken, notFound, unknownOAuthClient } from './errors';
import { idempotent } from './idempotency';
import { loseResponseAfter } from './lostResponse';
import { apiPath, idParam, parseBody } from './request';
import { scenarioResponse } from './scenarios';
import { serializeConnection } from './serialize';

export const connectionHandlers = [
  http.get(apiPath('/connections'), loseResponseAfter('connections.list', async () => {
    const failure = await scenarioResponse('connections.list');
    if (failure) return failure;
    const records = await listConnections();
    return HttpResponse.json({ connections: records.map(serializeConnection) });
  })),

  http.post(apiPath('/connections'), loseResponseAfter('connections.create', idempotent(async ({ request }) => {
    const failure = await scenarioResponse('connections.create');
    if (failure) return failure;
    const body = await parseBody(request, connectionInputSchema);
    if (!body.ok) return body.response;
    const saved = await saveConnection(body.data);
    if (!saved.ok) return saveFailure(saved.reason, body.data.name, '');
    const checked = await checkAfterSave(saved.record, body.data, request.signal);
    return HttpResponse.json(serializeConnection(checked), { status: 201 });
  }))),

  http.get(apiPath('/connections/:id'), loseResponseAfter('connections.get', async ({ params }) => {
    const failure = await scenarioResponse('connections.get');
    if (failure) return failure;
    const id = idParam(params);
    const record = await findConnection(id);
    return record ? HttpResponse.json(serializeConnection(record)) : notFound('connection', id);
  })),

  http.put(apiPath('/connections/:id'), loseResponseAfter('connections.update', idempotent(async ({ request, params }) => {
    const failure = await scenarioResponse('connections.update');
    if (failure) return failure;
    const id = idParam(params);
    // An unknown ID is the bigger news: say 404 before looking at the body.
    if (!(await findConnection(id))) return notFound('connection', id);
    const body = await parseBody(request, connectionInputSchema);
    if (!body.ok) return body.response;
    const saved = await saveConnection(body.data, id);
    if (!saved.ok) return saveFailure(saved.reason, body.data.name, id);
    const checked = await checkAfterSave(saved.record, body.data, request.signal);
    return HttpResponse.json(serializeConnection(checked));
  }))),

  http.delete(apiPath('/connections/:id'), loseResponseAfter('connections.delete', async ({ params }) => {
    const failure = await scenarioResponse('connections.delete');
    if (failure) return failure;
    const id = idParam(params);
    return (await deleteConnection(id)) ? new HttpResponse(null, { status: 204 }) : notFound('connection', id);
  })),
];

function saveFailure(reason: 'not_found' | 'name_taken' | 'unknown_oauth_client', name: string, id: string): Response {
  switch (reason) {
    case 'not_found':
      return notFound('connection', id);
    case 'name_taken':
      return nameTaken(name);
    case 'unknown_oauth_client':
      return unknownOAuthClient();
  }
}
