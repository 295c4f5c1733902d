/**
 * A paced load for `npm run bench:proxy`: `connections` kept-alive connections sending, all
 * together, `rate` GETs a second for `duration` s (after `warmup` s), each timed to the
 * microsecond with performance.now(). Below both paths' capacity, so that what it measures is
 * what a call costs, not how long it queued. A child process of its own (fork), its options as
 * JSON in argv[2]: { url, headers, connections, rate, duration, warmup }; sends its summary back
 * over IPC.
 */
import http from 'node:http';

const { url, headers = {}, connections, rate, duration, warmup } = JSON.parse(process.argv[2]);
const agent = new http.Agent({ keepAlive: true, maxSockets: connections });

function get() {
  return new Promise((resolve) => {
    const started = performance.now();
    const request = http.get(url, { agent, headers }, (response) => {
      response.resume();
      response.on('end', () => resolve({ ms: performance.now() - started, status: response.statusCode }));
    });
    request.on('error', () => resolve({ ms: performance.now() - started, status: 0 }));
  });
}

async function run(seconds) {
  const latencies = [];
  const statuses = {};
  const interval = 1000 / rate;
  const inFlight = new Set();
  const start = performance.now();
  for (let sent = 0; performance.now() - start < seconds * 1000; sent += 1) {
    const due = start + sent * interval;
    const wait = due - performance.now();
    if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
    // Never more than `connections` at once: a slow answer holds its connection, as a client's would.
    while (inFlight.size >= connections) await Promise.race(inFlight);
    const call = get().then((result) => {
      latencies.push(result.ms);
      statuses[result.status] = (statuses[result.status] ?? 0) + 1;
      inFlight.delete(call);
    });
    inFlight.add(call);
  }
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  const at = (p) => Number(latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))].toFixed(2));
  return { requests: latencies.length, seconds, statuses, latencyMs: { p50: at(0.5), p90: at(0.9), p99: at(0.99) } };
}

if (warmup > 0) await run(warmup);
const summary = await run(duration);
process.send(summary, () => process.disconnect());
