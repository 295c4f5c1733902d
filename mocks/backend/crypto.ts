import { openBackendDb } from './db';

/** AES-256-GCM ciphertext and its 12-byte IV, both base64, so the stored record is plain text. */
export interface EncryptedSecret {
  readonly ciphertext: string;
  readonly iv: string;
}

const keyId = 'secrets';
const algorithm = { name: 'AES-GCM', length: 256 } as const;

/** The one secret key: generated once, never extractable, kept in IndexedDB across reloads. */
async function secretKey(): Promise<CryptoKey> {
  const db = await openBackendDb();
  const existing = await db.get('keys', keyId);
  if (existing) return existing;
  const generated = await crypto.subtle.generateKey(algorithm, false, ['encrypt', 'decrypt']);
  // Check again inside one transaction: a concurrent request (or tab) may have stored its key first.
  const tx = db.transaction('keys', 'readwrite');
  const winner = await tx.store.get(keyId);
  if (!winner) await tx.store.put(generated, keyId);
  await tx.done;
  return winner ?? generated;
}

export async function encryptSecret(plaintext: string): Promise<EncryptedSecret> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await secretKey();
  const ciphertext = await crypto.subtle.encrypt({ name: 'AES-GCM', iv }, key, new TextEncoder().encode(plaintext));
  return { ciphertext: toBase64(new Uint8Array(ciphertext)), iv: toBase64(iv) };
}

export async function decryptSecret(secret: EncryptedSecret): Promise<string> {
  const key = await secretKey();
  const plaintext = await crypto.subtle.decrypt({ name: 'AES-GCM', iv: fromBase64(secret.iv) }, key, fromBase64(secret.ciphertext));
  return new TextDecoder().decode(plaintext);
}

/** For tests and diagnostics: the stored key, to prove it cannot be exported. */
export function loadSecretKey(): Promise<CryptoKey> {
  return secretKey();
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function fromBase64(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i += 1) bytes[i] = binary.charCodeAt(i);
  return bytes;
}
