/**
 * The MSW path of one of our endpoints. The leading wildcard matches any origin and base path,
 * so the same handlers answer the app under any base URL and absolute URLs in Node tests.
 */
export function apiPath(path: string): string {
  return `*/api${path}`;
}

export function idParam(params: Record<string, string | readonly string[] | undefined>): string {
  const id = params.id;
  return typeof id === 'string' ? id : '';
}
