// Reduces what people paste into the Store hash field to the bare hash.
export type StoreHashSource = 'hash' | 'api-path' | 'control-panel' | 'context';

export interface NormalizedStoreHash {
  readonly hash: string;
  readonly source: StoreHashSource;
  /** True when the result differs from the trimmed input, so the field can say what it did. */
  readonly changed: boolean;
}

const patterns: ReadonlyArray<readonly [StoreHashSource, RegExp]> = [
  ['api-path', /^(?:https?:\/\/)?api\.bigcommerce\.com\/stores\/([^/?#\s]+)(?:[/?#].*)?$/i],
  ['control-panel', /^(?:https?:\/\/)?store-([^./?#\s]+)\.mybigcommerce\.com(?:[/?#].*)?$/i],
  ['context', /^\/?stores\/([^/?#\s]+)\/?$/i],
];

const surrounding = /^[\s"'`“”‘’<>]+|[\s"'`“”‘’<>]+$/g;

export function normalizeStoreHash(input: string): NormalizedStoreHash {
  const trimmed = input.replace(surrounding, '');
  for (const [source, pattern] of patterns) {
    const match = pattern.exec(trimmed);
    if (match?.[1]) return { hash: match[1], source, changed: true };
  }
  return { hash: trimmed, source: 'hash', changed: trimmed !== input.trim() };
}

export const storeHashPattern = /^[a-z0-9]+$/i;
