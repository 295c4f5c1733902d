// The paged list's limits and a connection's states without zod, for the list and the form's first
// paint; the contract (connection.ts, connectionList.ts) is built on these same values.
export const connectionListLimits = { default: 50, max: 200, queryMaxLength: 200 } as const;

/** What a connection's `status.state` may be. */
export const connectionStateNames = ['untested', 'online', 'offline', 'not_authorized', 'authorized', 'revoked'] as const;
