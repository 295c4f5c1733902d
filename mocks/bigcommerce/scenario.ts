// BigCommerce-side failure injection, for the timeout and network paths of our backend:
// 'hang' never answers (until the caller aborts), 'network-error' fails like an unreachable
// host. It applies to every simulated host (api. and login.bigcommerce.com) until lifted.
import { http, HttpResponse } from 'msw';

export const bigCommerceScenarios = ['hang', 'network-error'] as const;
export type BigCommerceScenario = (typeof bigCommerceScenarios)[number];

/**
 * In the browser, MSW's worker does not pass the caller's abort on to the handler, so a hung
 * answer is also released (as a network error) when the scenario changes, or at the latest
 * after this long, so that nothing waits forever in the page.
 */
export const HANG_LIMIT_MS = 10 * 60_000;

let active: BigCommerceScenario | null = null;
const hung = new Set<() => void>();

/** Makes every simulated BigCommerce request hang or fail; `null` lifts it. */
export function setBigCommerceScenario(scenario: BigCommerceScenario | null): void {
  if (scenario !== null && !bigCommerceScenarios.includes(scenario)) {
    throw new Error(`Unknown BigCommerce scenario "${String(scenario)}". Use 'hang', 'network-error' or null.`);
  }
  active = scenario;
  for (const release of [...hung]) release();
}

export function bigCommerceScenario(): BigCommerceScenario | null {
  return active;
}

function hang(signal: AbortSignal): Promise<Response> {
  return new Promise((resolve) => {
    const release = () => {
      clearTimeout(timer);
      signal.removeEventListener('abort', release);
      hung.delete(release);
      resolve(HttpResponse.error());
    };
    const timer = setTimeout(release, HANG_LIMIT_MS);
    hung.add(release);
    if (signal.aborted) release();
    else signal.addEventListener('abort', release, { once: true });
  });
}

// Runs before every other simulator handler; answering nothing lets the request through.
const intercept = ({ request }: { request: Request }) => {
  switch (active) {
    case null:
      return undefined;
    case 'network-error':
      return HttpResponse.error();
    case 'hang':
      return hang(request.signal);
  }
};

export const scenarioHandlers = [
  http.all('https://api.bigcommerce.com/*', intercept),
  http.all('https://login.bigcommerce.com/*', intercept),
];
