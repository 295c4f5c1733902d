// Query keys of the API keys page. Never a secret: a new key's secret stays in the page's state.
export const apiKeyKeys = {
  all: ['api-keys'] as const,
  list: () => [...apiKeyKeys.all, 'list'] as const,
  /** The saved connections found by a search, to choose from (paged). */
  connections: (q: string) => [...apiKeyKeys.all, 'connections', q.trim()] as const,
  /** One connection, to name a key's chosen ones. */
  connection: (id: string) => [...apiKeyKeys.all, 'connection', id] as const,
};
