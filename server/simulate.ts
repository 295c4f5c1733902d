// `npm run serve -- --simulate`: the BigCommerce simulator started beside the server as its own
// HTTP service, on a port that stays the same across restarts (SIMULATOR_PORT, default PORT + 1),
// keeping what it issued in DATA_DIR/simulator.json, and the demo data ("BigCommerce demo app")
// seeded once, so every flow, the install page included, can be tried offline.
import path from 'node:path';
import { oauthClientInputSchema } from '../src/features/connections/schema';
import { nowIso } from '../core/clock';
import type { BackendDeps } from '../core/deps';
import { buildOAuthClientRecord, newStamp } from '../core/records';
import { demoOAuthClients } from '../mocks/fixtures/demo';
import type { ServerConfig } from './config';
import { StartupError } from './startupError';

/** The simulator's state, in DATA_DIR. */
export const SIMULATOR_STATE_FILE = 'simulator.json';

export interface Simulation {
  /** Both BIGCOMMERCE_API_URL and BIGCOMMERCE_LOGIN_URL. */
  readonly url: string;
  close(): Promise<void>;
}

export async function startSimulation(config: Pick<ServerConfig, 'publicUrl' | 'dataDir' | 'simulator'>): Promise<Simulation> {
  const { port, quota, neighbor } = config.simulator;
  if (port === undefined) throw new StartupError('The server cannot start with --simulate: PORT is 65535, so set SIMULATOR_PORT (its default is PORT + 1).');
  // Loaded only with --simulate: it brings fake-indexeddb, the simulator's memory.
  const simulator = await import('../mocks/bigcommerce/http');
  try {
    return await simulator.startSimulatorServer({
      port,
      apps: [simulator.demoAppRegistration(config.publicUrl)],
      ...(quota ? { quota } : {}),
      neighbor,
      stateFile: path.join(config.dataDir, SIMULATOR_STATE_FILE),
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      throw new StartupError(`The BigCommerce simulator cannot listen on port ${port}: another program uses it. Set SIMULATOR_PORT to a free port (its default is PORT + 1).`);
    }
    if (error instanceof simulator.StateFileError) throw new StartupError(error.message);
    throw error;
  }
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
