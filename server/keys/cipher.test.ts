// @vitest-environment node
import { inspect } from 'node:util';
import { describe, expect, it } from 'vitest';
import { createSecretCipher } from './cipher';
import { EncryptionKey } from './encryptionKey';

const key = EncryptionKey.generate();
const cipher = createSecretCipher(key);
const binding = { record: 'connection:c1', field: 'password' };

describe('secret cipher', () => {
  it('decrypts what it encrypted, with a fresh IV and its key id each time', async () => {
    const first = await cipher.encrypt('pässwörd ✓', binding);
    const second = await cipher.encrypt('pässwörd ✓', binding);

    expect(await cipher.decrypt(first, binding)).toBe('pässwörd ✓');
    expect(first.keyId).toBe(key.id);
    expect(Buffer.from(first.iv, 'base64')).toHaveLength(12);
    expect(first.iv).not.toBe(second.iv);
    expect(first.ciphertext).not.toBe(second.ciphertext);
  });

  it('does not decrypt a ciphertext copied to another record or field', async () => {
    const secret = await cipher.encrypt('s3cret', binding);

    await expect(cipher.decrypt(secret, { record: 'connection:c2', field: 'password' })).rejects.toThrow();
    await expect(cipher.decrypt(secret, { record: 'connection:c1', field: 'accessToken' })).rejects.toThrow();
  });

  it('does not decrypt altered bytes, nor under another key', async () => {
    const secret = await cipher.encrypt('s3cret', binding);
    const bytes = Buffer.from(secret.ciphertext, 'base64');
    bytes[0] = (bytes[0] ?? 0) ^ 1;

    await expect(cipher.decrypt({ ...secret, ciphertext: bytes.toString('base64') }, binding)).rejects.toThrow();
    const otherKey = EncryptionKey.generate();
    const other = createSecretCipher(otherKey);
    await expect(other.decrypt(secret, binding)).rejects.toThrow(`encrypted with key ${key.id}`);
    // With the key id forged to the other key's, the tag still tells the keys apart.
    await expect(other.decrypt({ ...secret, keyId: otherKey.id }, binding)).rejects.toThrow('authenticate');
  });

  it('never shows the key bytes when the key is logged or serialised', () => {
    expect(inspect(key)).not.toContain(key.toBase64());
    expect(JSON.stringify(key)).not.toContain(key.toBase64());
    expect(key.fingerprint).not.toContain(key.bytes.toString('hex'));
  });
});
