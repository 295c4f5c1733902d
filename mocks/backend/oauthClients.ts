import { http, HttpResponse } from 'msw';
import { oauthClientInputSchema } from '../../src/features/connections/schema';
import { notFound } from './errors';
import { createOAuthClient, findOAuthClient, listOAuthClients, updateOAuthClient } from './oauthClientStore';
import { idempotent } from './idempotency';
import { loseResponseAfter } from './lostResponse';
import { apiPath, idParam, parseBody } from './request';
import { scenarioResponse } from './scenarios';
import { serializeOAuthClient } from './serialize';

export const oauthClientHandlers = [
  http.get(apiPath('/oauth-clients'), loseResponseAfter('oauthClients.list', async () => {
    const failure = await scenarioResponse('oauthClients.list');
    if (failure) return failure;
    const records = await listOAuthClients();
    return HttpResponse.json({ clients: records.map(serializeOAuthClient) });
  })),

  http.post(apiPath('/oauth-clients'), loseResponseAfter('oauthClients.create', idempotent(async ({ request }) => {
    const failure = await scenarioResponse('oauthClients.create');
    if (failure) return failure;
    const body = await parseBody(request, oauthClientInputSchema);
    if (!body.ok) return body.response;
    const record = await createOAuthClient(body.data);
    return HttpResponse.json(serializeOAuthClient(record), { status: 201 });
  }))),

  http.put(apiPath('/oauth-clients/:id'), loseResponseAfter('oauthClients.update', idempotent(async ({ request, params }) => {
    const failure = await scenarioResponse('oauthClients.update');
    if (failure) return failure;
    const id = idParam(params);
    if (!(await findOAuthClient(id))) return notFound('OAuth 2.0 client', id);
    const body = await parseBody(request, oauthClientInputSchema);
    if (!body.ok) return body.response;
    const record = await updateOAuthClient(id, body.data);
    return record ? HttpResponse.json(serializeOAuthClient(record)) : notFound('OAuth 2.0 client', id);
  }))),
];
