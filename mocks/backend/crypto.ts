import { bindingData, type EncryptedSecret, type SecretBinding, type SecretCipher } from '../../core/ports';
import { openBackendDb } from './db';

// The embedded demo's key: one AES-256-GCM CryptoKey, generated once, never extractable, kept in
// IndexedDB across reloads. Every ciphertext is bound to its record and field (additional data).

const keyId = 'secrets';
const algorithm = { name: 'AES-GCM', length: 256 } as const;

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

export async function encryptSecret(plaintext: string, binding: SecretBinding): Promise<EncryptedSecret> {
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await secretKey();
  const params = { name: 'AES-GCM', iv, additionalData: bindingData(binding) };
  const ciphertext = await crypto.subtle.encrypt(params, key, new TextEncoder().encode(plaintext));
  return { keyId, ciphertext: toBase64(new Uint8Array(ciphertext)), iv: toBase64(iv) };
}

export async function decryptSecret(secret: EncryptedSecret, binding: SecretBinding): Promise<string> {
  if (secret.keyId !== keyId) throw new Error(`This secret was encrypted with another key ("${secret.keyId}").`);
  const key = await secretKey();
  const params = { name: 'AES-GCM', iv: fromBase64(secret.iv), additionalData: bindingData(binding) };
  const plaintext = await crypto.subtle.decrypt(params, key, fromBase64(secret.ciphertext));
  return new TextDecoder().decode(plaintext);
}

export const embeddedCipher: SecretCipher = { encrypt: encryptSecret, decrypt: decryptSecret };

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
