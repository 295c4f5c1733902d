import type { Kysely } from 'kysely';
import type { Tables } from '../db/tables';
import type { Log } from '../log';
import { StartupError } from '../startupError';
import { EncryptionKey, keyIdOf } from './encryptionKey';
import { isReadableByOthers, keyFiles, moveKeyFile, readKeyFile, removeKeyFile, writeKeyFile, type KeyFiles } from './keyFiles';
import { storeFirstFingerprint, storedFingerprint } from './storedFingerprint';

export type KeySource = { readonly kind: 'environment' } | { readonly kind: 'file'; readonly path: string };

export interface HeldKey {
  readonly key: EncryptionKey;
  readonly source: KeySource;
}

export interface KeySettings {
  readonly dataDir: string;
  /** CONNECTIONS_ENCRYPTION_KEY, when set. */
  readonly encryptionKey: Buffer | undefined;
}

/**
 * The key for the stored secrets: CONNECTIONS_ENCRYPTION_KEY, else DATA_DIR/encryption.key
 * (generated on first start). Finishes what an interrupted rotate-key left, then compares the
 * key's fingerprint with the stored one (storing it on a new database) and throws a StartupError
 * when they differ, so a wrong key stops the server now rather than at the first decrypt.
 */
export async function openEncryptionKey(settings: KeySettings, db: Kysely<Tables>, log: Log): Promise<HeldKey> {
  const files = keyFiles(settings.dataDir);
  const stored = await storedFingerprint(db);
  const given = settings.encryptionKey && new EncryptionKey(settings.encryptionKey);
  settleRotation(files, stored, given, log);
  const held: HeldKey = given ? { key: given, source: { kind: 'environment' } } : fileKey(files, stored, log);
  const expected = stored ?? (await storeFirstFingerprint(db, held.key.fingerprint));
  if (expected !== held.key.fingerprint) throw new StartupError(mismatch(held, expected, files));
  return held;
}

/**
 * rotate-key writes the new key to `next`, re-encrypts and stores the new fingerprint in one
 * transaction, then moves `next` onto `current`. The stored fingerprint says how far it got.
 */
function settleRotation(files: KeyFiles, stored: string | undefined, given: EncryptionKey | undefined, log: Log): void {
  const next = readKeyFile(files.next);
  if (!next || stored === undefined) return;
  if (stored === next.fingerprint) {
    if (!given) {
      moveKeyFile(files.next, files.current);
      log.info(`Finished an interrupted key rotation: moved ${files.next} to ${files.current}.`);
    } else if (given.fingerprint === stored) {
      log.warn(`${files.next} holds the same key as CONNECTIONS_ENCRYPTION_KEY; delete that file.`);
    } else {
      throw new StartupError(
        `A key rotation re-encrypted the connections with the new key in ${files.next}, but CONNECTIONS_ENCRYPTION_KEY ` +
          `still holds the old key. Put the contents of that file into CONNECTIONS_ENCRYPTION_KEY, then delete the file.`,
      );
    }
    return;
  }
  const current = given ?? readKeyFile(files.current);
  if (current?.fingerprint === stored) {
    removeKeyFile(files.next);
    log.warn(`Removed ${files.next}, left by a key rotation that did not complete; nothing was re-encrypted with it.`);
  }
}

function fileKey(files: KeyFiles, stored: string | undefined, log: Log): HeldKey {
  const source = { kind: 'file', path: files.current } as const;
  const existing = readKeyFile(files.current);
  if (existing) {
    if (isReadableByOthers(files.current)) log.warn(`${files.current} can be read by other users; run: chmod 600 ${files.current}`);
    return { key: existing, source };
  }
  if (stored !== undefined) {
    throw new StartupError(
      `${files.current} is missing, but the database holds secrets encrypted with key ${keyIdOf(stored)}. Restore that file ` +
        'from a backup, or set CONNECTIONS_ENCRYPTION_KEY to that key. A new key could not decrypt them.',
    );
  }
  const generated = EncryptionKey.generate();
  if (!writeKeyFile(files.current, generated, { replace: false })) return fileKey(files, stored, log);
  log.info(`Generated the encryption key into ${files.current} (mode 0600). Back it up: without it the stored secrets are lost.`);
  return { key: generated, source };
}

function mismatch(held: HeldKey, expected: string, files: KeyFiles): string {
  const given = held.source.kind === 'environment' ? 'CONNECTIONS_ENCRYPTION_KEY' : `The key in ${held.source.path}`;
  const lines = [
    `${given} does not match the key these connections were encrypted with (key ${keyIdOf(expected)}; ` +
      `this one is key ${held.key.id}). The server stops rather than fail to decrypt them later.`,
    `Give it the key the data was encrypted with: set CONNECTIONS_ENCRYPTION_KEY to it, or restore ${files.current}; ` +
      'or point DATABASE_URL / DATA_DIR at the data this key belongs to.',
  ];
  if (held.source.kind === 'environment' && readKeyFile(files.current)?.fingerprint === expected) {
    lines.push(`The key in ${files.current} matches the data: unset CONNECTIONS_ENCRYPTION_KEY to use it.`);
  }
  return lines.join('\n');
}
