import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ConnectionFormValues, ConnectionInput } from '../schema';
import * as load from '../schema/load';
import { contractResolver } from './contractResolver';

const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('contractResolver', () => {
  afterEach(() => vi.restoreAllMocks());

  it("validates with the contract's schema, loaded on first use", async () => {
    const resolver = contractResolver<ConnectionFormValues, ConnectionInput>((contract) => contract.connectionFormSchema);
    const result = await resolver({ name: '  ' } as ConnectionFormValues, undefined, options);
    expect(Object.keys(result.errors)).toContain('name');
    expect(Object.keys(result.errors)).toContain('authType');
  });

  it('passes the values on as typed when the schemas cannot load, and tries again next time', async () => {
    const spy = vi.spyOn(load, 'loadContract').mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'));
    const resolver = contractResolver<ConnectionFormValues, ConnectionInput>((contract) => contract.connectionFormSchema);
    const typed = { name: '  ' } as ConnectionFormValues;
    expect(await resolver(typed, undefined, options)).toEqual({ values: typed, errors: {} });
    const again = await resolver(typed, undefined, options);
    expect(Object.keys(again.errors)).toContain('name');
    expect(spy).toHaveBeenCalledTimes(2);
  });
});
