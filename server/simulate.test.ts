// @vitest-environment node
// `--simulate`'s simulator: a port that stays put and a state file in DATA_DIR, and start-up
// messages that say what to change when either cannot be had.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadConfig } from './config';
import { SIMULATOR_STATE_FILE, startSimulation } from './simulate';
import { StartupError } from './startupError';
import { freePort } from './testing/freePort';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'wizard-simulate-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const configWith = (env: Record<string, string>) => loadConfig({ DATA_DIR: dataDir, ...env });

describe('startSimulation', () => {
  it('listens on SIMULATOR_PORT and keeps its state in DATA_DIR/simulator.json', async () => {
    const port = await freePort();
    const simulation = await startSimulation(configWith({ SIMULATOR_PORT: String(port) }));
    try {
      expect(simulation.url).toBe(`http://127.0.0.1:${port}`);
      const control = await fetch(`${simulation.url}/__simulator/reset`, { method: 'POST' });
      expect(control.status).toBe(204);
    } finally {
      await simulation.close();
    }
    expect(await readFile(path.join(dataDir, SIMULATOR_STATE_FILE), 'utf8')).toContain('"version":1');
  });

  it('stops the start with a message when its port is taken', async () => {
    const holder = createServer();
    const port = await freePort();
    await new Promise<void>((resolve) => holder.listen(port, '127.0.0.1', resolve));
    try {
      const starting = startSimulation(configWith({ SIMULATOR_PORT: String(port) }));
      await expect(starting).rejects.toThrow(StartupError);
      await expect(starting).rejects.toThrow(`The BigCommerce simulator cannot listen on port ${port}: another program uses it. Set SIMULATOR_PORT to a free port`);
    } finally {
      await new Promise((resolve) => holder.close(resolve));
    }
  });

  it('stops the start with a message when PORT is 65535 and SIMULATOR_PORT is unset, or the state file is not one', async () => {
    await expect(startSimulation(configWith({ PORT: '65535' }))).rejects.toThrow('PORT is 65535, so set SIMULATOR_PORT');
    await writeFile(path.join(dataDir, SIMULATOR_STATE_FILE), '{"not": "a state"}');
    const starting = startSimulation(configWith({ SIMULATOR_PORT: String(await freePort()) }));
    await expect(starting).rejects.toThrow(StartupError);
    await expect(starting).rejects.toThrow('simulator.json is not the BigCommerce simulator');
  });
});
