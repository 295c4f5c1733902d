import { PLUMTREE_STORE_HASH, bigcommerceApiAccounts } from '../fixtures/bigcommerce';
import { setBigCommerceScenario, type BigCommerceScenario } from './index';
import { callStore, exchangeCode, startSimulator } from './testServer';

startSimulator();
const token = bigcommerceApiAccounts[0]!.accessToken;

describe('setBigCommerceScenario', () => {
  it("'network-error' makes every simulated host fail like an unreachable one", async () => {
    setBigCommerceScenario('network-error');
    await expect(callStore(PLUMTREE_STORE_HASH, '/v2/store', token)).rejects.toThrow(TypeError);
    await expect(exchangeCode({ grant_type: 'authorization_code' })).rejects.toThrow(TypeError);
  });

  it("'hang' never answers until the caller aborts", async () => {
    setBigCommerceScenario('hang');
    let settled = false;
    const controller = new AbortController();
    const pending = callStore(PLUMTREE_STORE_HASH, '/v2/store', token, { signal: controller.signal }).finally(() => {
      settled = true;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(settled).toBe(false);
    controller.abort();
    await expect(pending).rejects.toThrow();
  });

  it("releases hung requests (as network errors) when lifted, and answers normally again", async () => {
    setBigCommerceScenario('hang');
    const pending = callStore(PLUMTREE_STORE_HASH, '/v2/store', token);
    await new Promise((resolve) => setTimeout(resolve, 20));
    setBigCommerceScenario(null);
    await expect(pending).rejects.toThrow(TypeError);
    expect((await callStore(PLUMTREE_STORE_HASH, '/v2/store', token)).status).toBe(200);
  });

  it('rejects an unknown scenario', () => {
    expect(() => setBigCommerceScenario('slow' as BigCommerceScenario)).toThrow(/Unknown BigCommerce scenario/);
  });
});
