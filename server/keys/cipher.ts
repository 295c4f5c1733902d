import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { bindingData, type EncryptedSecret, type SecretCipher } from '../../core/ports';
import type { EncryptionKey } from './encryptionKey';

const ivLength = 12;
const tagLength = 16;

/**
 * AES-256-GCM with a random 12-byte IV per secret, the record and field as additional
 * authenticated data, and the 16-byte tag appended to the ciphertext (as WebCrypto does, so both
 * backends store the same shape).
 */
export function createSecretCipher(key: EncryptionKey): SecretCipher {
  return {
    async encrypt(plaintext, binding) {
      const iv = randomBytes(ivLength);
      const cipher = createCipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: tagLength });
      cipher.setAAD(bindingData(binding));
      const sealed = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final(), cipher.getAuthTag()]);
      return { keyId: key.id, iv: iv.toString('base64'), ciphertext: sealed.toString('base64') };
    },

    async decrypt(secret: EncryptedSecret, binding) {
      if (secret.keyId !== key.id) {
        throw new Error(`This secret was encrypted with key ${secret.keyId}, not with the server's key ${key.id}`);
      }
      const iv = Buffer.from(secret.iv, 'base64');
      const sealed = Buffer.from(secret.ciphertext, 'base64');
      if (iv.length !== ivLength || sealed.length < tagLength) throw new Error('This secret is not a well-formed AES-GCM ciphertext');
      const decipher = createDecipheriv('aes-256-gcm', key.bytes, iv, { authTagLength: tagLength });
      decipher.setAAD(bindingData(binding));
      decipher.setAuthTag(sealed.subarray(sealed.length - tagLength));
      // final() throws when the tag does not match: another key, binding or altered bytes.
      return Buffer.concat([decipher.update(sealed.subarray(0, sealed.length - tagLength)), decipher.final()]).toString('utf8');
    },
  };
}
