/**
 * Saved connections for the server benches, written straight into the server's database in one
 * transaction (10,000 in seconds, where as many POSTs take minutes): the rows every write stores
 * (server/storage/connections.ts), OAuth 2.0 records of the demo client, named `Seeded connection
 * N`, one second apart in `updatedAt` so the list's order is fixed; and the check that the list
 * answers them as a page should.
 */
import { buildConnectionRecord, newStamp } from '../../core/records.ts';
import { connectionInputSchema } from '../../src/features/connections/schema/index.ts';
import { connectionColumns } from '../../server/storage/connections.ts';

const batch = 500;
const base = Date.parse('2026-01-01T00:00:00.000Z');

/** The input every seeded (and every POSTed) connection is made from. */
export const connectionBody = (name) => ({
  name,
  authType: 'oauth2',
  storeHash: 'x7kq2mfa9b',
  oauthClientId: 'demo-oauth-client',
  scopes: ['store_v2_products_read_only'],
});

/** Adds connections `from + 1` to `to` to the running server's database, in one transaction. */
export async function seedConnections(running, from, to) {
  const rows = [];
  for (let n = from + 1; n <= to; n += 1) {
    const at = new Date(base + n * 1000).toISOString();
    const input = connectionInputSchema.parse(connectionBody(`Seeded connection ${n}`));
    const record = await buildConnectionRecord(running.deps.cipher, input, { ...newStamp(at), createdAt: at });
    rows.push({ id: record.id, ...connectionColumns(record) });
  }
  await running.storage.database.kysely.transaction().execute(async (trx) => {
    for (let i = 0; i < rows.length; i += batch) await trx.insertInto('connections').values(rows.slice(i, i + batch)).execute();
  });
}

/** The page a GET answers, checked before it is loaded: a full page, and a cursor when more follow. */
export async function firstPage(url, signedIn, expected) {
  const response = await fetch(url, { headers: signedIn });
  const page = await response.json();
  if (response.status !== 200 || page.connections.length !== expected.count || (page.nextCursor !== null) !== expected.more) {
    throw new Error(`GET ${url} answered ${response.status} with ${page.connections?.length} connections, not ${JSON.stringify(expected)}`);
  }
  return Buffer.byteLength(JSON.stringify(page));
}
