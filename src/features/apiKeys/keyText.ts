// What the API keys page says, in words, and its form's fields. No React here.
import type { ApiKey, ApiKeyAccess, ApiKeyInput, Connection } from '../connections/schema';

export const apiKeysPath = '/api-keys';

export const accessLabel: Record<ApiKeyAccess, string> = { read: 'Read (GET and HEAD only)', write: 'Read and write' };

export const allConnectionsLabel = 'All connections, including ones saved later';

/** The form's fields in page order (the error summary's order), and the id each one's summary link focuses. */
export const formFields = ['name', 'connections', 'access'] as const satisfies ReadonlyArray<keyof ApiKeyInput>;
export type FormField = (typeof formFields)[number];
export const fieldId = (field: FormField) => `api-key-${field}`;

/** "All connections", or the names of the chosen ones (a connection deleted since is said so). */
export function connectionsText(keyConnections: ApiKey['connections'], saved: readonly Pick<Connection, 'id' | 'name'>[] | undefined): string[] {
  if (keyConnections === 'all') return ['All connections'];
  const names = new Map(saved?.map((connection) => [connection.id, connection.name]));
  return keyConnections.map((id) => names.get(id) ?? (saved ? 'A deleted connection' : id));
}

/** The connection a new key's example call uses: its first chosen one, or the first saved one for "all". */
export function exampleConnectionId(keyConnections: ApiKey['connections'], saved: readonly Pick<Connection, 'id'>[] | undefined): string | null {
  if (keyConnections !== 'all') return keyConnections[0] ?? null;
  return saved?.[0]?.id ?? null;
}
