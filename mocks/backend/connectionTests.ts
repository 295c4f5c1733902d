import { http, HttpResponse } from 'msw';
import { connectionTestInputSchema } from '../../src/features/connections/schema';
import { credentialsOfInput, recordTestResult, testSavedConnection } from './connectionChecks';
import { probeStore } from './connectionProbe';
import { findConnection } from './connectionStore';
import { notFound } from './errors';
import { loseResponseAfter } from './lostResponse';
import { apiPath, idParam, parseBody } from './request';
import { scenarioResponse } from './scenarios';
import { serializeConnection } from './serialize';

// A client that went away gets a network error: nobody reads the answer, and nothing is recorded.

export const connectionTestHandlers = [
  /** Tests credentials as typed, before they are saved. Stores nothing. */
  http.post(apiPath('/connections/test'), loseResponseAfter('connections.test', async ({ request }) => {
    const failure = await scenarioResponse('connections.test');
    if (failure) return failure;
    const body = await parseBody(request, connectionTestInputSchema);
    if (!body.ok) return body.response;
    const result = await probeStore(credentialsOfInput(body.data), request.signal);
    if (result === 'cancelled') return HttpResponse.error();
    return HttpResponse.json({ result });
  })),

  /** Tests a saved connection with its stored secret and records the outcome in its status. */
  http.post(apiPath('/connections/:id/test'), loseResponseAfter('connections.test', async ({ request, params }) => {
    const failure = await scenarioResponse('connections.test');
    if (failure) return failure;
    const id = idParam(params);
    const record = await findConnection(id);
    if (!record) return notFound('connection', id);
    const result = await testSavedConnection(record, request.signal);
    if (result === 'cancelled') return HttpResponse.error();
    const updated = await recordTestResult(record, result);
    if (!updated) return notFound('connection', id);
    return HttpResponse.json({ result, connection: serializeConnection(updated) });
  })),
];
