import type { z } from 'zod/mini';
import { request, whenRequestsCanStart, type RequestOptions } from '../../../lib/http';
import { loadContract, type Contract } from '../schema/load';

interface ContractRequestOptions<T> extends Omit<RequestOptions<T>, 'schema'> {
  /** Picks the answer's schema from the contract, which loads while the request is under way. */
  schema?: (contract: Contract) => z.ZodMiniType<T>;
}

/**
 * A request to this feature's API. The answer is parsed with the contract's zod schema, which
 * loads while the request is under way (schema/load.ts); a failed request rethrows only once the
 * contract is in, so that errors.ts can read the error body with it synchronously.
 */
export async function contractRequest<T = void>(url: string, { schema, ...options }: ContractRequestOptions<T> = {}): Promise<T> {
  // Just in time: once the request can go out (on a first visit to the form the backend starts only
  // after its first paint), not before, so the schemas never compete with that paint.
  const contract = whenRequestsCanStart().then(loadContract);
  contract.catch(() => undefined); // its failure is the request's (a NetworkError from the http edge)
  try {
    return await request(url, { ...options, schema: schema && contract.then(schema) });
  } catch (error) {
    await contract.catch(() => undefined);
    throw error;
  }
}
