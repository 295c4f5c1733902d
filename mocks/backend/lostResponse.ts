import { HttpResponse, type DefaultBodyType, type HttpResponseResolver, type PathParams } from 'msw';
import { takeLostResponse, type ScenarioOperation } from './scenarios';

/**
 * Wraps a handler so that the 'lost-response' scenario can hit it: the handler runs in full (the
 * connection is saved, deleted, tested…), then the answer is replaced by a network error, as when
 * a connection drops after the server has done the work. A retry then shows whether the operation
 * is safe to repeat (an `Idempotency-Key` makes a save so).
 */
export type ApiResolver = HttpResponseResolver<PathParams, DefaultBodyType, undefined>;

export function loseResponseAfter(operation: ScenarioOperation, resolver: ApiResolver): ApiResolver {
  return async (info) => {
    const lose = takeLostResponse(operation);
    const response = await resolver(info);
    return lose ? HttpResponse.error() : response;
  };
}
