import type { ActivityEntry } from '../../src/features/connections/schema';
import type { BackendDeps } from '../../core/deps';

export type ActivitySubject = NonNullable<ActivityEntry['subject']>;

/** A connection as the activity log names it: its id and its name at the time. */
export const connectionSubject = ({ id, name }: { id: string; name: string }): ActivitySubject => ({ kind: 'connection', id, name });

/** The stored connection or OAuth client `id`, as the log names it; null when there is none. */
export async function storedSubject(deps: BackendDeps, kind: ActivitySubject['kind'], id: string): Promise<ActivitySubject | null> {
  const record = kind === 'oauthClient' ? await deps.oauthClients.find(id) : await deps.connections.find(id);
  return record ? { kind, id, name: record.name } : null;
}
