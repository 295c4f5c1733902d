// Query keys: one factory, so that invalidation hits exactly what it means to.
// Keys hold ids only, never form values (and so never a secret).
export const connectionKeys = {
  all: ['connections'] as const,
  lists: () => [...connectionKeys.all, 'list'] as const,
  details: () => [...connectionKeys.all, 'detail'] as const,
  detail: (id: string) => [...connectionKeys.details(), id] as const,
  /** The proxy's usage of one connection (server): under its detail, so deleting it drops both. */
  usage: (id: string) => [...connectionKeys.detail(id), 'usage'] as const,
  /** Its status changes of the last 30 days (server): under its detail too. */
  history: (id: string) => [...connectionKeys.detail(id), 'history'] as const,
  /** The API keys, as a connection's page reads them (server; never a secret). */
  apiKeys: () => [...connectionKeys.all, 'api-keys'] as const,
};

export const oauthClientKeys = {
  all: ['oauth-clients'] as const,
  lists: () => [...oauthClientKeys.all, 'list'] as const,
};
