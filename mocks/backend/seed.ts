import { connectionInputSchema, oauthClientInputSchema } from '../../src/features/connections/schema';
import { nowIso } from '../../core/clock';
import type { StoredConnection, StoredOAuthClient } from '../../core/ports';
import { buildConnectionRecord, buildOAuthClientRecord, newStamp } from '../../core/records';
import { demoConnections, demoOAuthClients } from '../fixtures/demo';
import { embeddedCipher } from './crypto';
import { openBackendDb, type BackendDb } from './db';

interface DemoRecords {
  readonly connections: StoredConnection[];
  readonly oauthClients: StoredOAuthClient[];
}

// The demo data goes through the same schemas as any request body, so it is stored normalized.
async function buildDemoRecords(): Promise<DemoRecords> {
  const now = nowIso();
  const oauthClients = await Promise.all(
    demoOAuthClients.map((client) =>
      buildOAuthClientRecord(embeddedCipher, oauthClientInputSchema.parse(client), { ...newStamp(now), id: client.id }),
    ),
  );
  const connections = await Promise.all(
    demoConnections.map((connection) => buildConnectionRecord(embeddedCipher, connectionInputSchema.parse(connection), newStamp(now))),
  );
  return { connections, oauthClients };
}

async function writeDemoRecords(db: BackendDb, records: DemoRecords, { replace }: { replace: boolean }): Promise<void> {
  const tx = db.transaction(['connections', 'oauthClients', 'authorizations'], 'readwrite');
  const connections = tx.objectStore('connections');
  const oauthClients = tx.objectStore('oauthClients');
  if (replace) await Promise.all([connections.clear(), oauthClients.clear(), tx.objectStore('authorizations').clear()]);
  // Check again inside the transaction: a parallel request (or another tab) may have seeded.
  const empty = replace || (await connections.count()) + (await oauthClients.count()) === 0;
  if (empty) {
    for (const record of records.oauthClients) await oauthClients.put(record);
    for (const record of records.connections) await connections.put(record);
  }
  await tx.done;
}

async function isEmpty(db: BackendDb): Promise<boolean> {
  const [connections, oauthClients] = await Promise.all([db.count('connections'), db.count('oauthClients')]);
  return connections + oauthClients === 0;
}

/** The database, seeded with the demo data if it holds nothing yet. Every store starts here. */
export async function seededDb(): Promise<BackendDb> {
  const db = await openBackendDb();
  if (await isEmpty(db)) await writeDemoRecords(db, await buildDemoRecords(), { replace: false });
  return db;
}

/** Everything back to the demo data; the encryption key stays. */
export async function resetDemoData(): Promise<void> {
  const db = await openBackendDb();
  await writeDemoRecords(db, await buildDemoRecords(), { replace: true });
}
