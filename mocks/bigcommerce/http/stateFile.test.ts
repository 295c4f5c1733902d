// @vitest-environment node
// The HTTP simulator with a state file (DATA_DIR/simulator.json under --simulate): what it issued
// and what was changed outlives a restart; the file is written before the answer leaves.
import { mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bigcommerceApiAccounts, PLUMTREE_STORE_HASH } from '../../fixtures/bigcommerce';
import { demoAppRegistration, startSimulatorServer, StateFileError, type SimulatorServer } from './index';
import { callStore, control, exchange, install, type HttpSimulator } from './testing';

const appUrl = 'http://127.0.0.1:9';
const editor = bigcommerceApiAccounts.find((account) => account.clientName === 'Catalog editor')!.accessToken;
const readOnly = bigcommerceApiAccounts[0]!.accessToken;

let dataDir: string;
let file: string;
const running: SimulatorServer[] = [];

async function start(stateFile = file): Promise<HttpSimulator> {
  const server = await startSimulatorServer({ port: 0, apps: [demoAppRegistration(appUrl)], stateFile });
  running.push(server);
  return { url: server.url, appUrl, appCalls: [] };
}

async function stopAll(): Promise<void> {
  for (const server of running.splice(0)) await server.close();
}

beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'simulator-state-'));
  file = path.join(dataDir, 'simulator.json');
});
afterEach(async () => {
  await stopAll();
  await rm(dataDir, { recursive: true, force: true });
});

async function appToken(simulator: HttpSimulator): Promise<{ token: string; code: URLSearchParams }> {
  const code = await install(simulator);
  const response = await exchange(simulator, code);
  return { token: ((await response.json()) as { access_token: string }).access_token, code };
}

describe('the HTTP simulator with a state file', () => {
  it('keeps issued tokens, used codes, changed products and deleted accounts across a restart', async () => {
    const before = await start();
    const { token, code } = await appToken(before);
    const put = await callStore(before, PLUMTREE_STORE_HASH, '/v3/catalog/products/101', editor, { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"price": 9.5}' });
    expect(put.status).toBe(200);
    expect((await control(before, '/__simulator/revoke', { accessToken: readOnly })).status).toBe(204);
    await stopAll();

    const after = await start();
    expect((await callStore(after, PLUMTREE_STORE_HASH, '/v2/store', token)).status).toBe(200);
    expect((await exchange(after, code)).status).toBe(400);
    const product = await callStore(after, PLUMTREE_STORE_HASH, '/v3/catalog/products/101', editor);
    expect(((await product.json()) as { data: { price: number } }).data.price).toBe(9.5);
    expect((await callStore(after, PLUMTREE_STORE_HASH, '/v2/time', readOnly)).status).toBe(401);
    expect((await control(after, '/__simulator/restore', { accessToken: readOnly })).status).toBe(204);
    await stopAll();

    const third = await start();
    expect((await callStore(third, PLUMTREE_STORE_HASH, '/v2/time', readOnly)).status).toBe(200);
  });

  it('has written the file by the time the answer arrives: tokens as digests only, readable by its owner only, no temporary file left', async () => {
    const simulator = await start();
    const { token } = await appToken(simulator);
    const saved = await readFile(file, 'utf8');
    const state = JSON.parse(saved) as { version: number; tokens: Array<{ tokenHash: string }>; codes: unknown[] };
    expect(state.version).toBe(1);
    expect(state.tokens).toEqual([expect.objectContaining({ tokenHash: expect.stringMatching(/^[0-9a-f]{64}$/), storeHash: PLUMTREE_STORE_HASH })]);
    expect(state.codes).toHaveLength(1);
    expect(saved).not.toContain(token);
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect(await readdir(dataDir)).toEqual(['simulator.json']);
  });

  it('starts empty without a file, forgetting what the process held before, and a reset empties the file too', async () => {
    const first = await start(path.join(dataDir, 'other.json'));
    const { token } = await appToken(first);
    await stopAll();
    const fresh = await start();
    expect((await callStore(fresh, PLUMTREE_STORE_HASH, '/v2/store', token)).status).toBe(401);

    await appToken(fresh);
    expect((await control(fresh, '/__simulator/reset')).status).toBe(204);
    expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ codes: [], tokens: [], products: [], revokedAccounts: [] });
  });

  it('refuses to start on a file that is not its state, saying which file and what to do', async () => {
    for (const content of ['not json', '{"version": 2}', '{"version": 1, "codes": []}']) {
      await writeFile(file, content);
      const starting = start();
      await expect(starting).rejects.toThrow(StateFileError);
      await expect(starting).rejects.toThrow(`${file} is not`);
      await expect(starting).rejects.toThrow('Move it away to start the simulator afresh.');
    }
  });
});
