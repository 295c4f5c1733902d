// npm run simulator [-- --port 4010] [--host 127.0.0.1] [--public-url http://localhost:3000]
// Starts the BigCommerce simulator on its own, with the demo app registered for an app served at
// --public-url (its /oauth/callback, /oauth/load and /oauth/uninstall). The port is --port, else
// SIMULATOR_PORT, else 4010; SIMULATOR_QUOTA and SIMULATOR_NEIGHBOR as for `npm run serve -- --simulate`.
import { parseArgs } from 'node:util';
import { demoAppRegistration, readSimulatorSettings, startSimulatorServer, type SimulatorSettings } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: process.env.SIMULATOR_PORT || '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'public-url': { type: 'string', default: 'http://localhost:3000' },
  },
});

function fail(message: string): never {
  console.error(message);
  process.exit(2);
}

const port = Number(values.port);
if (!/^\d{1,5}$/.test(values.port) || port > 65535) fail(`--port (or SIMULATOR_PORT) must be a whole number from 0 to 65535, not "${values.port}".`);

let settings: SimulatorSettings;
try {
  settings = readSimulatorSettings(process.env);
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}

const simulator = await startSimulatorServer({ port, host: values.host, apps: [demoAppRegistration(values['public-url'])], ...settings });
process.stdout.write(`Simulator listening on ${simulator.url}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void simulator.close().then(() => process.exit(0));
  });
}
