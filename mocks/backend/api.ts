import { http } from 'msw';
import { answer, apiRoutes, type ApiRoute } from '../../core/routes/table';
import { embeddedDeps } from './deps';
import { loseResponseAfter } from './lostResponse';
import { apiPath, idParam } from './request';
import { scenarioResponse } from './scenarios';

const methods = { GET: http.get, POST: http.post, PUT: http.put, DELETE: http.delete } as const;

function handlerOf(route: ApiRoute) {
  return methods[route.method](
    apiPath(route.path),
    // A scenario answers before the operation runs, so the idempotency layer never stores a made-up answer.
    loseResponseAfter(route.operation, async ({ request, params }) => {
      return (await scenarioResponse(route.operation)) ?? answer(embeddedDeps, route, request, idParam(params));
    }),
  );
}

/** Our API's shared routes, answered in the browser (or msw/node) by the embedded backend. */
export const apiHandlers = apiRoutes.map(handlerOf);
