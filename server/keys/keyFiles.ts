import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, linkSync, openSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { StartupError } from '../startupError';
import { EncryptionKey } from './encryptionKey';

export interface KeyFiles {
  /** The key the data is encrypted with (unless CONNECTIONS_ENCRYPTION_KEY is set). */
  readonly current: string;
  /** A new key written by rotate-key before its transaction; moved onto `current` after it. */
  readonly next: string;
}

export function keyFiles(dataDir: string): KeyFiles {
  return { current: path.join(dataDir, 'encryption.key'), next: path.join(dataDir, 'encryption.key.new') };
}

/** The key in `file`, or undefined when there is no such file. */
export function readKeyFile(file: string): EncryptionKey | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  const key = EncryptionKey.fromBase64(text.trim());
  if (!key) throw new StartupError(`${file} does not hold an encryption key (the base64 of 32 bytes). Restore it from a backup.`);
  return key;
}

/** True when others than the owner may read `file`. */
export function isReadableByOthers(file: string): boolean {
  return (statSync(file).mode & 0o077) !== 0;
}

/**
 * Writes `key` to `file` (mode 0600) so that the file appears whole or not at all. With
 * `replace: false` an existing file wins and false is returned (another process wrote it first).
 */
export function writeKeyFile(file: string, key: EncryptionKey, { replace }: { replace: boolean }): boolean {
  const temporary = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  const descriptor = openSync(temporary, 'wx', 0o600);
  try {
    writeFileSync(descriptor, `${key.toBase64()}\n`);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  try {
    if (replace) renameSync(temporary, file);
    else linkSync(temporary, file);
  } catch (error) {
    if (!replace && (error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  } finally {
    rmSync(temporary, { force: true });
    syncFolder(path.dirname(file));
  }
  return true;
}

/** Renames `from` onto `to` in one step, durably. */
export function moveKeyFile(from: string, to: string): void {
  renameSync(from, to);
  syncFolder(path.dirname(to));
}

export function removeKeyFile(file: string): void {
  rmSync(file, { force: true });
  syncFolder(path.dirname(file));
}

function syncFolder(folder: string): void {
  const descriptor = openSync(folder, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}
