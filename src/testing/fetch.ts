import { beforeEach, vi } from 'vitest';

// For unit tests only: fetch replaced by a mock that each test tells what the backend answers.

/** A JSON answer of the backend. */
export function json(status: number, body?: unknown, headers: Record<string, string> = {}) {
  return new Response(body === undefined ? null : JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json', ...headers } });
}

/**
 * Replaces the global fetch in every test of the calling file with the returned mock, reset before
 * each test (no answers, no calls) and unstubbed after it.
 */
export function stubFetch() {
  const fetchMock = vi.fn<typeof fetch>();
  beforeEach(() => {
    fetchMock.mockReset();
    vi.stubGlobal('fetch', fetchMock);
    return () => vi.unstubAllGlobals();
  });
  return fetchMock;
}

/** An answer of the backend to one request, given its init (its method and body). */
export type RouteAnswer = (init: RequestInit | undefined) => Response;

/**
 * Makes `fetchMock` answer by "METHOD path" (GET when no method is given); any other request
 * fails the test with its method and path.
 */
export function answerRoutes(fetchMock: ReturnType<typeof stubFetch>, answers: Record<string, RouteAnswer>) {
  fetchMock.mockImplementation(async (input, init) => {
    const answer = answers[`${init?.method ?? 'GET'} ${String(input)}`];
    if (!answer) throw new Error(`unexpected request ${init?.method ?? 'GET'} ${String(input)}`);
    return answer(init);
  });
}
