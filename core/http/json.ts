/** A JSON answer built from the platform's Response alone, so the rules run under MSW and on Node alike. */
export function json(body: unknown, init: { status?: number; headers?: Record<string, string> } = {}): Response {
  return new Response(JSON.stringify(body), {
    status: init.status ?? 200,
    headers: { 'Content-Type': 'application/json', ...init.headers },
  });
}

export function noContent(): Response {
  return new Response(null, { status: 204 });
}
