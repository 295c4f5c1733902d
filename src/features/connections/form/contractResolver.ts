import type { FieldValues, Resolver } from 'react-hook-form';
import type { z } from 'zod/mini';
import { loadContract, type Contract } from '../schema/load';

/**
 * zodResolver over one of the contract's schemas. Both load on the first validation (by then
 * usually long in: preloadFormParts fetches them once the form has painted), so neither zod nor the
 * schemas weigh on the form's first paint. See schema/load.ts.
 */
export function contractResolver<TValues extends FieldValues, TOutput>(
  pick: (contract: Contract) => z.ZodMiniType<TOutput, TValues>,
): Resolver<TValues, unknown, TOutput> {
  let resolver: Resolver<TValues, unknown, TOutput> | undefined;
  return async (values, context, options) => {
    if (!resolver) {
      try {
        const [{ zodResolver }, contract] = await Promise.all([import('@hookform/resolvers/zod'), loadContract()]);
        resolver = zodResolver(pick(contract)) as unknown as Resolver<TValues, unknown, TOutput>;
      } catch {
        // The checks could not load (the network is down): pass the values on as typed. The backend
        // checks them with the same schemas, and a save fails as unreachable, keeping everything
        // typed; the next validation tries the download again.
        return { values: values as unknown as TOutput, errors: {} };
      }
    }
    return resolver(values, context, options);
  };
}
