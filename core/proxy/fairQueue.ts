/**
 * Waiting calls, served in turn between keys: each key's calls in the order they came, the keys
 * round-robin, so one busy key cannot starve another.
 */
export class FairQueue<T extends { readonly keyId: string }> {
  // A Map iterates in insertion order: the key served next is the first; served, it goes last.
  #byKey = new Map<string, T[]>();
  #size = 0;

  get size(): number {
    return this.#size;
  }

  push(item: T): void {
    const line = this.#byKey.get(item.keyId);
    if (line) line.push(item);
    else this.#byKey.set(item.keyId, [item]);
    this.#size += 1;
  }

  /** First of all: a call that already had its turn and must go again (after a 429). */
  pushFront(item: T): void {
    const line = this.#byKey.get(item.keyId) ?? [];
    this.#byKey.delete(item.keyId);
    this.#byKey = new Map([[item.keyId, [item, ...line]], ...this.#byKey]);
    this.#size += 1;
  }

  shift(): T | undefined {
    const first = this.#byKey.entries().next();
    if (first.done) return undefined;
    const [keyId, line] = first.value;
    const item = line.shift();
    this.#byKey.delete(keyId);
    if (line.length > 0) this.#byKey.set(keyId, line);
    if (item) this.#size -= 1;
    return item;
  }

  remove(item: T): boolean {
    const line = this.#byKey.get(item.keyId);
    const index = line?.indexOf(item) ?? -1;
    if (!line || index < 0) return false;
    line.splice(index, 1);
    if (line.length === 0) this.#byKey.delete(item.keyId);
    this.#size -= 1;
    return true;
  }

  /** Takes every item out, in no particular order. */
  drain(): T[] {
    const all = [...this.#byKey.values()].flat();
    this.#byKey.clear();
    this.#size = 0;
    return all;
  }
}
