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
// Compiled (dist-server/server.js), the built page is beside it; from the sources (tsx), in ../dist-server.
const compiled = import.meta.filename.endsWith('.js');
const staticDir = compiled ? import.meta.dirname : path.resolve(import.meta.dirname, '../dist-server');

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
  // For the person starting the server: one block after the startup's JSON lines, set off by an
  // empty line. The setup token appears only here, never in the JSON log; "Listening on" comes
  // last, for whoever waits for it.
  const humanLines = [
    ...(running.simulation ? [`BigCommerce simulator on ${running.simulation.url}`] : []),
    ...(running.setupUrl ? [`Set up the owner account: ${running.setupUrl}`] : []),
    `Listening on ${running.url}`,
  ];
  process.stdout.write(`\n${humanLines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  if (error instanceof StartupError) {
    process.stderr.write(`${error.message}\n`);
  } else {
    log.error('startup_failed', { error: error instanceof Error ? error.name : 'unknown', error_message: error instanceof Error ? error.message : String(error) });
  }
  process.exit(1);
});
