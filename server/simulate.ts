// `npm run serve -- --simulate`: the BigCommerce simulator started beside the server as its own
// HTTP service, and the demo data ("BigCommerce demo app") seeded once, so every flow, the
// install page included, can be tried offline.
import { oauthClientInputSchema } from '../src/features/connections/schema';
import { nowIso } from '../core/clock';
import type { BackendDeps } from '../core/deps';
import { buildOAuthClientRecord, newStamp } from '../core/records';
import { demoOAuthClients } from '../mocks/fixtures/demo';

export interface Simulation {
  /** Both BIGCOMMERCE_API_URL and BIGCOMMERCE_LOGIN_URL. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startSimulation(publicUrl: string, port = 0): Promise<Simulation> {
  // Loaded only with --simulate: it brings fake-indexeddb, the simulator's memory.
  const { startSimulatorServer, demoAppRegistration } = await import('../mocks/bigcommerce/http');
  return startSimulatorServer({ port, apps: [demoAppRegistration(publicUrl)] });
}

/** Seeds the demo OAuth 2.0 clients when none are saved yet; returns how many it added. */
export async function seedDemoClients(deps: BackendDeps): Promise<number> {
  if ((await deps.oauthClients.list()).length > 0) return 0;
  const now = nowIso();
  for (const client of demoOAuthClients) {
    const record = await buildOAuthClientRecord(deps.cipher, oauthClientInputSchema.parse(client), { ...newStamp(now), id: client.id });
    // A second server seeding at the same moment wrote the same fixed id first: that is the seed too.
    await deps.oauthClients.insert(record).catch(async (error: unknown) => {
      if (!(await deps.oauthClients.find(client.id))) throw error;
    });
  }
  return demoOAuthClients.length;
}
