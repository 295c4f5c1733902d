import { createHmac, randomBytes } from 'node:crypto';

const keyLength = 32;
const fingerprintLabel = 'bigcommerce-connection-wizard: encryption key fingerprint, v1';

/**
 * A 32-byte AES-256 key with its fingerprint (HMAC-SHA256 of a fixed label under the key, safe to
 * store: it reveals nothing of the key) and its id (the fingerprint's first 16 hex digits, written
 * on every ciphertext). The bytes sit in a private field, so logging or serialising the object
 * shows only the id and the fingerprint.
 */
export class EncryptionKey {
  readonly #bytes: Buffer;
  readonly fingerprint: string;
  readonly id: string;

  constructor(bytes: Buffer) {
    if (bytes.length !== keyLength) throw new Error(`An encryption key has ${keyLength} bytes, not ${bytes.length}`);
    this.#bytes = Buffer.from(bytes);
    this.fingerprint = createHmac('sha256', this.#bytes).update(fingerprintLabel).digest('hex');
    this.id = keyIdOf(this.fingerprint);
  }

  get bytes(): Buffer {
    return this.#bytes;
  }

  toBase64(): string {
    return this.#bytes.toString('base64');
  }

  static generate(): EncryptionKey {
    return new EncryptionKey(randomBytes(keyLength));
  }

  /** Undefined unless `text` is the base64 of exactly 32 bytes. */
  static fromBase64(text: string): EncryptionKey | undefined {
    return /^[A-Za-z0-9+/]{43}=?$/.test(text) ? new EncryptionKey(Buffer.from(text, 'base64')) : undefined;
  }
}

export function keyIdOf(fingerprint: string): string {
  return fingerprint.slice(0, 16);
}
