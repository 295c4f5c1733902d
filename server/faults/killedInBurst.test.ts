// @vitest-environment node
// kill -9 in the middle of a burst of saves: after the restart every save that was answered 2xx
// is there whole with a secret that decrypts, no row is half-written, and each save that got no
// answer, retried with its Idempotency-Key, leaves exactly one connection.
import { randomUUID } from 'node:crypto';
import { afterEach, expect, it } from 'vitest';
import { connectionListSchema, connectionSchema } from '../../src/features/connections/schema';
import { connectionRecord } from '../../core/records';
import { nameKey, type StoredConnection } from '../../core/ports';
import { openServerStorage } from '../openStorage';
import { describeEachDatabase } from '../testing/databases';
import { startFakeBigCommerce } from '../testing/fakeBigCommerce';
import { signIn, type SignedInHeaders } from '../testing/owner';
import { recordingLog, testConfig } from '../testing/server';
import { startServerChild } from '../testing/serverChild';

const CREATES = 120;
const EDITS = 80;
const WORKERS = 6;
/** Answers seen before the kill: about the middle of the burst. */
const KILL_AFTER = 90;

interface Save {
  readonly key: string;
  readonly method: 'POST' | 'PUT';
  path: string;
  readonly body: { name: string; authType: 'token'; accessToken: string; clientId: string; storeHash: string };
  /** The HTTP status, or 'lost' when the server died before answering. */
  outcome?: number | 'lost';
  id?: string;
}

const tokenBody = (index: number, edited: boolean) => ({
  name: `Burst ${index}`,
  authType: 'token' as const,
  accessToken: `${edited ? 'edited' : 'first'}${index}t0k3n${randomUUID().replaceAll('-', '')}`,
  clientId: `cl1ent${index}`,
  storeHash: edited ? `ed1t${index}` : `st0re${index}`,
});

describeEachDatabase('a server killed with SIGKILL in a burst of saves', (database) => {
  const stops: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const stop of stops.splice(0).reverse()) await stop();
  });

  it('keeps every answered save whole, and a retry of each unanswered one leaves exactly one connection', { timeout: 300_000 }, async () => {
    const bigcommerce = await startFakeBigCommerce();
    stops.push(() => bigcommerce.close());
    const env = { BIGCOMMERCE_API_URL: bigcommerce.url, BIGCOMMERCE_LOGIN_URL: bigcommerce.url };
    const first = await startServerChild(database(), env);
    stops.push(() => first.stop('SIGKILL'));
    const signedIn: SignedInHeaders = await signIn(first.url, first.url);
    const send = (url: string, save: Save) =>
      fetch(`${url}${save.path}`, { method: save.method, headers: { ...signedIn, 'Content-Type': 'application/json', 'Idempotency-Key': save.key }, body: JSON.stringify(save.body) });

    // Creates, and for some of them an edit once the create was answered: some saves run at once.
    const saves: Save[] = [];
    const creates = Array.from({ length: CREATES }, (_, index): Save => ({ key: randomUUID(), method: 'POST', path: '/api/connections', body: tokenBody(index, false) }));
    let answered = 0;
    let killed = false;
    const run = async (save: Save) => {
      saves.push(save);
      try {
        const response = await send(first.url, save);
        save.outcome = response.status;
        if (response.ok) save.id = connectionSchema.parse(await response.json()).id;
        answered += 1;
      } catch {
        save.outcome = 'lost';
      }
    };
    const queue = [...creates];
    const worker = async () => {
      for (let save = queue.shift(); save && !killed; save = queue.shift()) {
        await run(save);
        const index = creates.indexOf(save);
        if (index >= 0 && index < EDITS && save.id) queue.push({ key: randomUUID(), method: 'PUT', path: `/api/connections/${save.id}`, body: tokenBody(index, true) });
      }
    };
    const workers = Array.from({ length: WORKERS }, worker);
    await expect.poll(() => answered, { timeout: 120_000, interval: 5 }).toBeGreaterThanOrEqual(KILL_AFTER);
    await first.stop('SIGKILL');
    killed = true;
    await Promise.all(workers);
    for (const save of saves) save.outcome ??= 'lost';
    const lost = saves.filter((save) => save.outcome === 'lost');
    const succeeded = saves.filter((save) => typeof save.outcome === 'number' && save.outcome < 300);
    expect(succeeded.length).toBeGreaterThanOrEqual(KILL_AFTER - 5);
    // Saves were in flight when it died (WORKERS of them at once).
    expect(lost.length).toBeGreaterThan(0);
    expect(saves.every((save) => save.outcome === 'lost' || (typeof save.outcome === 'number' && save.outcome < 300))).toBe(true);

    const second = await startServerChild(database(), env, Number(new URL(first.url).port));
    stops.push(() => second.stop('SIGTERM'));

    // Every answered save is there, whole: the last answered state of each connection, unless an
    // unanswered edit after it went through.
    const storage = await openServerStorage(testConfig(database()), recordingLog());
    stops.push(() => storage.close());
    const rows = await storage.database.kysely.selectFrom('connections').selectAll().execute();
    for (const row of rows) {
      const record = JSON.parse(row.data) as StoredConnection;
      expect({ id: record.id, nameKey: nameKey(record.name) }).toEqual({ id: row.id, nameKey: row.name_key });
    }
    const listed = connectionListSchema.parse(await (await fetch(`${second.url}/api/connections?limit=200`, { headers: signedIn })).json()).connections;
    expect(listed).toHaveLength(rows.length);
    const stateOf = async (id: string) => {
      const record = await storage.ports.connections.find(id);
      if (record?.authType !== 'token') throw new Error(`connection ${id} is missing`);
      const accessToken = await storage.ports.cipher.decrypt(record.accessToken, { record: connectionRecord(id), field: 'accessToken' });
      return { name: record.name, authType: record.authType, accessToken, clientId: record.clientId, storeHash: record.storeHash };
    };
    for (const created of succeeded.filter((save) => save.method === 'POST')) {
      const id = created.id ?? '';
      const edits = saves.filter((save) => save.path === `/api/connections/${id}`);
      const state = await stateOf(id);
      const answeredEdit = edits.find((edit) => edit.outcome !== 'lost');
      const possible = answeredEdit ? [answeredEdit.body] : [created.body, ...edits.map((edit) => edit.body)];
      expect(possible).toContainEqual(state);
    }

    // Each unanswered save again, with its key: one connection per name, holding what was sent.
    for (const save of lost) {
      const retried = await send(second.url, save);
      // A create that committed before the kill and never answered is found by its key (the claim
      // stored in its own transaction): 201 again, never a 409 for the name it took.
      expect(retried.status).toBe(save.method === 'POST' ? 201 : 200);
      if (save.method === 'POST' && retried.status === 201) save.id = connectionSchema.parse(await retried.json()).id;
    }
    const after = connectionListSchema.parse(await (await fetch(`${second.url}/api/connections?limit=200`, { headers: signedIn })).json()).connections;
    const names = after.map((connection) => connection.name);
    expect(new Set(names).size).toBe(names.length);
    for (const save of lost.filter((lostSave) => lostSave.method === 'POST')) expect(names.filter((name) => name === save.body.name)).toHaveLength(1);
    for (const save of lost.filter((lostSave) => lostSave.method === 'PUT')) {
      expect(await stateOf(save.path.split('/').pop() ?? '')).toEqual(save.body);
    }
  });
});
