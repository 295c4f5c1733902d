/**
 * The load generator of `npm run bench:server`: one autocannon run (warm-up, then the measured
 * part) in a child process of its own, so that it never shares an event loop with the server under
 * test. Started by apiServer.mjs with fork(), its options as JSON in argv[2]: { url, method, body?,
 * headers?, connections, duration, warmup } (headers: the session cookie and Origin). With a
 * body, every request gets a name no other request used (`<body.name> <run>-<n>`). Sends back a
 * summary over the IPC channel.
 *
 * Not a worker thread: outside the main thread autocannon hands back raw histograms and leaves out
 * the requests-per-second one. Not autocannon's own `workers` option either: its workers send every
 * latency to the main thread as a message, which would be work on the server's event loop.
 */
import { randomBytes } from 'node:crypto';
import autocannon from 'autocannon';

const { url, method, body, headers = {}, connections, duration, warmup } = JSON.parse(process.argv[2]);

function uniqueBodies(template) {
  const run = randomBytes(4).toString('hex');
  let count = 0;
  return (request) => ({ ...request, body: JSON.stringify({ ...template, name: `${template.name} ${run}-${(count += 1)}` }) });
}

const options = {
  url,
  connections,
  duration,
  ...(warmup > 0 ? { warmup: { connections, duration: warmup } } : {}),
  requests: [
    body
      ? { method, headers: { 'content-type': 'application/json', ...headers }, setupRequest: uniqueBodies(body) }
      : { method, headers },
  ],
};

const failures = (result) => ({ errors: result.errors, timeouts: result.timeouts, non2xx: result.non2xx, statusCodes: result.statusCodeStats });

const result = await autocannon(options);
process.send(
  {
    requests: result.requests.total,
    durationS: result.duration,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { mean: result.latency.average, p50: result.latency.p50, p90: result.latency.p90, p99: result.latency.p99, max: result.latency.max },
    bytesPerRequest: result.requests.total ? Math.round(result.throughput.total / result.requests.total) : null,
    ...failures(result),
    warmup: result.warmup && { requests: result.warmup.requests.total, ...failures(result.warmup) },
  },
  () => process.disconnect(),
);
