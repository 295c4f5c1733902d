// Query keys of the API keys page. Never a secret: a new key's secret stays in the page's state.
export const apiKeyKeys = {
  all: ['api-keys'] as const,
  list: () => [...apiKeyKeys.all, 'list'] as const,
  /** The saved connections, to choose from and to name in the list. */
  connections: () => [...apiKeyKeys.all, 'connections'] as const,
};
