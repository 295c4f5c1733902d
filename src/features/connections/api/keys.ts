import type { ConnectionState } from '../schema';

/** What a list asks for: a search (name or store hash), some states, a page size, the total too. Never a secret. */
export interface ConnectionListFilter {
  q?: string;
  status?: readonly ConnectionState[];
  limit?: number;
  count?: boolean;
}

/** One spelling per filter, so equal filters share one cache entry (trimmed search, states in order). */
export function normalizeFilter({ q, status, limit, count }: ConnectionListFilter): ConnectionListFilter {
  const search = q?.trim() ?? '';
  return {
    ...(search && { q: search }),
    ...(status && status.length > 0 && { status: [...new Set(status)].sort() }),
    ...(limit !== undefined && { limit }),
    ...(count && { count }),
  };
}

// Query keys: one factory, so that invalidation hits exactly what it means to.
// Keys hold ids and searches only, never form values (and so never a secret).
export const connectionKeys = {
  all: ['connections'] as const,
  /** Every paged list (each an infinite query of pages): the list page, searches, the attention count. */
  lists: () => [...connectionKeys.all, 'list'] as const,
  list: (filter: ConnectionListFilter = {}) => [...connectionKeys.lists(), normalizeFilter(filter)] as const,
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
