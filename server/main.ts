// `npm run serve [-- --simulate]` and `npm run serve -- rotate-key`.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { loadConfig } from './config';
import { createLogger } from './log';
import { runRotateKey } from './rotateKey';
import { startServer } from './start';
import { StartupError } from './startupError';

const args = process.argv.slice(2);
const log = createLogger();
const staticDir = path.resolve(import.meta.dirname, '../dist-server');

async function main(): Promise<void> {
  const config = loadConfig(process.env);
  if (args.includes('rotate-key')) {
    await runRotateKey(config, log);
    return;
  }
  // `npm run serve` builds the page first; started some other way without it, the API still answers.
  const built = existsSync(path.join(staticDir, 'index.html'));
  if (!built) log.warn('no_built_app', { detail: `${staticDir}/index.html is missing: serving the API only. Run "npm run build:server" (npm run serve does).` });
  const running = await startServer(config, log, { simulate: args.includes('--simulate'), ...(built ? { staticDir } : {}) });
  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { signal });
    running.close().then(
      () => process.exit(0),
      (error: unknown) => {
        log.error('stop_failed', { error_message: error instanceof Error ? error.message : String(error) });
        process.exit(1);
      },
    );
  };
  // Before the line below: whoever waits for it may send a signal the moment it appears.
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
  if (running.simulation) process.stdout.write(`BigCommerce simulator on ${running.simulation.url}\n`);
  // The one place the token appears: this line, for the person starting the server (never the JSON log).
  if (running.setupUrl) process.stdout.write(`Set up the owner account: ${running.setupUrl}\n`);
  // The one plain line a person (or a script waiting for the server) looks for.
  process.stdout.write(`Listening on ${running.url}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    log.error('startup_failed', { error: error instanceof Error ? error.name : 'unknown', error_message: error instanceof Error ? error.message : String(error) });
  }
  process.exit(1);
});
