/** The tables and ratios of `npm run bench:server` (apiServer.mjs). */
import { table } from './report.mjs';

const round2 = (value) => Math.round(value * 100) / 100;
const perHealthz = (phase, key) => phase[key].requestsPerSecond / phase.healthz.requestsPerSecond;

/**
 * The list's figures as shares of /healthz measured just before (the machine is shared: a share
 * of the same moment's yardstick moves less than a bare req/s), and the first page's cost with
 * many saved over its cost with few, both measured that way; `listCostRaw` is the bare req/s ratio.
 */
export function ratiosOf({ small, large }) {
  return {
    listOfHealthz: round2(perHealthz(large, 'list')),
    searchOfHealthz: round2(perHealthz(large, 'search')),
    listCost: round2(perHealthz(small, 'list') / perHealthz(large, 'list')),
    listCostRaw: round2(small.list.requestsPerSecond / large.list.requestsPerSecond),
    ...(large.session ? { listOfSession: round2(large.list.requestsPerSecond / large.session.requestsPerSecond) } : {}),
  };
}

const labels = {
  healthz: '`GET /healthz`',
  session: '`GET /api/session` (signed in, a tiny answer)',
  list: '`GET /api/connections` (first page)',
  search: '`GET /api/connections?q=connection 12`',
  noMatch: '`GET /api/connections?q=no such connection` (reads every row)',
  create: '`POST /api/connections`',
};
const databases = { sqlite: 'SQLite', postgres: 'PostgreSQL' };

function runsOf(results) {
  return Object.entries(results.cases).flatMap(([database, phases]) =>
    ['small', 'large'].flatMap((size) => Object.keys(labels).filter((key) => phases[size][key]).map((key) => ({ database, phase: phases[size], key, run: phases[size][key] }))),
  );
}

export function renderTable(results) {
  const { meta, cases } = results;
  const ms = (value) => `${value} ms`;
  const rows = runsOf(results).map(({ database, phase, key, run }) => [
    labels[key],
    databases[database],
    phase.saved.toLocaleString('en'),
    String(run.requestsPerSecond),
    `${(run.requestsPerSecond / phase.healthz.requestsPerSecond).toFixed(2)}x`,
    ms(run.latencyMs.p50),
    ms(run.latencyMs.p99),
    ms(run.latencyMs.max),
    `${run.errors + run.timeouts} / ${run.non2xx}`,
  ]);
  const ratios = Object.entries(cases).map(([database, { ratios: r }]) => [databases[database], `${r.listOfHealthz}x`, `${r.listOfSession ?? '–'}x`, `${r.searchOfHealthz}x`, `${r.listCost}x`, `${r.listCostRaw}x`]);
  return [
    `Measured ${meta.date} on ${meta.cpus} CPUs (load average ${meta.loadAverage.join(' / ')} at the start, ${meta.loadAverageAfter.join(' / ')} at the end), Node ${meta.node}, commit ${meta.commit}${meta.dirty ? ' + uncommitted changes' : ''}; autocannon, ${meta.options.connections} connections, ${meta.options.warmup} s warm-up then ${meta.options.duration} s each.`,
    '',
    table(['Request', 'Database', 'Saved', 'req/s', 'Of /healthz', 'p50', 'p99', 'max', 'Errors / non-2xx'], rows),
    '',
    table(['Database', 'First page of /healthz', 'First page of /api/session', 'Search of /healthz', `First page's cost, ${meta.options.large.toLocaleString('en')} / ${meta.options.small}`, 'The same, bare req/s'], ratios),
    '',
    'Latencies as autocannon records them: whole milliseconds, rounded down (0 ms is under 1 ms).',
    ...Object.entries(results.skipped).map(([name, reason]) => `${name} skipped: ${reason}`),
    '',
  ].join('\n');
}

const failuresOf = ({ errors, timeouts, non2xx }) => errors + timeouts + non2xx;

/** Each run (or its warm-up) in which a request failed. */
export function failedRuns(results) {
  return runsOf(results)
    .flatMap(({ database, phase, key, run }) => [[`${database} ${key} (${phase.saved})`, run], [`${database} ${key} (${phase.saved}) warm-up`, run.warmup]])
    .filter(([, run]) => run && failuresOf(run) > 0)
    .map(([name, run]) => `${name}: ${run.errors} errors, ${run.timeouts} timeouts, status codes ${JSON.stringify(run.statusCodes)}`);
}
