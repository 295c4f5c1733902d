import type { OAuthClientInput } from '../../src/features/connections/schema';
import { nowIso } from './clock';
import type { StoredOAuthClient } from './db';
import { buildOAuthClientRecord, nameKey, newStamp } from './records';
import { seededDb } from './seed';

/** By name, as a picker lists them. */
export async function listOAuthClients(): Promise<StoredOAuthClient[]> {
  const db = await seededDb();
  const records = await db.getAll('oauthClients');
  return records.sort((a, b) => nameKey(a.name).localeCompare(nameKey(b.name)) || a.createdAt.localeCompare(b.createdAt));
}

export async function findOAuthClient(id: string): Promise<StoredOAuthClient | undefined> {
  const db = await seededDb();
  return db.get('oauthClients', id);
}

export async function createOAuthClient(input: OAuthClientInput): Promise<StoredOAuthClient> {
  const db = await seededDb();
  const record = await buildOAuthClientRecord(input, newStamp(nowIso()));
  await db.put('oauthClients', record);
  return record;
}

/** Replaces the client with `id`, secret included; undefined if there is none. */
export async function updateOAuthClient(id: string, input: OAuthClientInput): Promise<StoredOAuthClient | undefined> {
  const db = await seededDb();
  const now = nowIso();
  const built = await buildOAuthClientRecord(input, { id, createdAt: now, now });
  const tx = db.transaction('oauthClients', 'readwrite');
  const existing = await tx.store.get(id);
  const record = existing ? { ...built, createdAt: existing.createdAt } : undefined;
  if (record) await tx.store.put(record);
  await tx.done;
  return record;
}
