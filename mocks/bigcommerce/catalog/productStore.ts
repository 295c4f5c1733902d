// A store's products: the generated catalog with what PUTs changed laid over it. Changes are kept
// in the simulator's database (db.ts), so they last as codes and tokens do (in the HTTP simulator,
// across restarts).
import { openSimulatorDb, simulatorDbChanged } from '../db';
import type { Product } from './product';
import { generatedProducts } from './products';

const keyOf = (storeHash: string, id: number) => `${storeHash}/${id}`;

/** Every product of the store, by id, changes included. */
export async function listProducts(storeHash: string): Promise<readonly Product[]> {
  const db = await openSimulatorDb();
  const changed = new Map<number, Product>();
  for (const stored of await db.getAll('products')) {
    if (stored.storeHash === storeHash) changed.set(stored.product.id, stored.product);
  }
  return generatedProducts(storeHash).map((product) => changed.get(product.id) ?? product);
}

export async function findProduct(storeHash: string, id: number): Promise<Product | undefined> {
  const generated = generatedProducts(storeHash).find((product) => product.id === id);
  if (!generated) return undefined;
  const db = await openSimulatorDb();
  return (await db.get('products', keyOf(storeHash, id)))?.product ?? generated;
}

export async function saveProduct(storeHash: string, product: Product): Promise<void> {
  const db = await openSimulatorDb();
  await db.put('products', { key: keyOf(storeHash, product.id), storeHash, product });
  simulatorDbChanged();
}
