// npx tsx mocks/bigcommerce/http/main.ts [--port 4010] [--host 127.0.0.1] [--public-url http://localhost:3000]
// Starts the BigCommerce simulator on its own, with the demo app registered for an app served at
// --public-url (its /oauth/callback, /oauth/load and /oauth/uninstall).
import { parseArgs } from 'node:util';
import { demoAppRegistration, startSimulatorServer } from './index';

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '4010' },
    host: { type: 'string', default: '127.0.0.1' },
    'public-url': { type: 'string', default: 'http://localhost:3000' },
  },
});

const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be a whole number from 0 to 65535, not "${values.port}".`);
  process.exit(2);
}

const simulator = await startSimulatorServer({ port, host: values.host, apps: [demoAppRegistration(values['public-url'])] });
process.stdout.write(`Simulator listening on ${simulator.url}\n`);

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    void simulator.close().then(() => process.exit(0));
  });
}
