// The HTTP simulator's memory in a file (DATA_DIR/simulator.json under `--simulate`): the codes and
// app tokens it issued (tokens as digests only), products changed by PUTs, deleted API accounts.
// Read once at start; written again after every change, whole, to a temporary file renamed over
// the old one, so a crash leaves the previous state and never half of one.
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod/mini';
import { onSimulatorDbChange, openSimulatorDb, simulatorStores } from '../db';

const strings = z.array(z.string());
const stateSchema = z.object({
  version: z.literal(1),
  codes: z.array(
    z.object({ code: z.string(), clientId: z.string(), storeHash: z.string(), scopes: strings, scope: z.string(), redirectUri: z.string(), issuedAt: z.number(), used: z.boolean() }),
  ),
  tokens: z.array(z.object({ tokenHash: z.string(), storeHash: z.string(), clientId: z.string(), scopes: strings, issuedAt: z.number() })),
  products: z.array(
    z.object({
      key: z.string(),
      storeHash: z.string(),
      product: z.looseObject({ id: z.number(), name: z.string(), sku: z.string(), price: z.number(), sale_price: z.number(), calculated_price: z.number(), date_modified: z.string() }),
    }),
  ),
  revokedAccounts: z.array(z.object({ tokenHash: z.string(), revokedAt: z.number() })),
});

export type SimulatorState = z.infer<typeof stateSchema>;

/** A state file that cannot be read as one: the message says which file and what to do. */
export class StateFileError extends Error {
  override readonly name = 'StateFileError';
}

export interface StateFile {
  /** Resolves once every change so far is in the file; rejects when writing it failed. */
  flush(): Promise<void>;
  /** Stops following changes, after the last write. */
  close(): Promise<void>;
}

async function readState(file: string): Promise<SimulatorState | undefined> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  let parsed: ReturnType<typeof stateSchema.safeParse>;
  try {
    parsed = stateSchema.safeParse(JSON.parse(text));
  } catch {
    throw new StateFileError(`${file} is not JSON, so it is not the BigCommerce simulator's state. Move it away to start the simulator afresh.`);
  }
  if (!parsed.success) throw new StateFileError(`${file} is not the BigCommerce simulator's state (version 1). Move it away to start the simulator afresh.`);
  return parsed.data;
}

/** Everything the simulator's database holds. */
export async function exportSimulatorState(): Promise<SimulatorState> {
  const db = await openSimulatorDb();
  const [codes, tokens, products, revokedAccounts] = await Promise.all(simulatorStores.map((name) => db.getAll(name)));
  return { version: 1, codes, tokens, products, revokedAccounts } as SimulatorState;
}

/** Replaces what the simulator's database holds with `state` (empty when undefined). */
async function importSimulatorState(state: SimulatorState | undefined): Promise<void> {
  const db = await openSimulatorDb();
  const tx = db.transaction(simulatorStores, 'readwrite');
  const writes: Promise<unknown>[] = simulatorStores.map((name) => tx.objectStore(name).clear());
  for (const code of state?.codes ?? []) writes.push(tx.objectStore('codes').put(code));
  for (const token of state?.tokens ?? []) writes.push(tx.objectStore('tokens').put(token));
  for (const product of state?.products ?? []) writes.push(tx.objectStore('products').put(product));
  for (const account of state?.revokedAccounts ?? []) writes.push(tx.objectStore('revokedAccounts').put(account));
  await Promise.all([...writes, tx.done]);
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  await writeFile(temporary, text, { mode: 0o600 });
  await rename(temporary, file);
}

/** Loads `file` into the simulator (or starts it empty when there is none) and writes it after each change. */
export async function openStateFile(file: string): Promise<StateFile> {
  await mkdir(path.dirname(file), { recursive: true });
  await importSimulatorState(await readState(file));
  let pending = false;
  let writing = Promise.resolve();
  let failure: unknown;
  const save = async () => {
    if (!pending) return;
    pending = false;
    try {
      await writeAtomically(file, JSON.stringify(await exportSimulatorState()));
      failure = undefined;
    } catch (error) {
      failure = error;
    }
  };
  // Changes that come while a write is under way are taken by the next one.
  const stop = onSimulatorDbChange(() => {
    pending = true;
    writing = writing.then(save);
  });
  return {
    async flush() {
      await writing;
      if (failure) throw new Error(`The BigCommerce simulator could not save its state to ${file}: ${failure instanceof Error ? failure.message : String(failure)}`);
    },
    async close() {
      stop();
      await writing;
    },
  };
}
