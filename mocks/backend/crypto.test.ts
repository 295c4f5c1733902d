import { decryptSecret, encryptSecret, loadSecretKey } from './crypto';
import { clearBackendDatabase } from './db';

afterEach(() => clearBackendDatabase());

describe('secret encryption', () => {
  it('decrypts what it encrypted', async () => {
    const encrypted = await encryptSecret('s3cr3t-v4lue');
    expect(await decryptSecret(encrypted)).toBe('s3cr3t-v4lue');
  });

  it('stores base64 text with a fresh 12-byte IV each time, never the plaintext', async () => {
    const first = await encryptSecret('same-secret');
    const second = await encryptSecret('same-secret');
    for (const encrypted of [first, second]) {
      expect(encrypted.ciphertext).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(atob(encrypted.iv)).toHaveLength(12);
      expect(JSON.stringify(encrypted)).not.toContain('same-secret');
    }
    expect(first.iv).not.toBe(second.iv);
    expect(first.ciphertext).not.toBe(second.ciphertext);
  });

  it('keeps one AES-256-GCM key that cannot be exported', async () => {
    const key = await loadSecretKey();
    expect(key.extractable).toBe(false);
    expect(key.algorithm).toMatchObject({ name: 'AES-GCM', length: 256 });
    await expect(crypto.subtle.exportKey('raw', key)).rejects.toThrow();
    const encrypted = await encryptSecret('across-calls');
    expect(await decryptSecret(encrypted)).toBe('across-calls');
    expect((await loadSecretKey()).extractable).toBe(false);
  });

  it('generates a single key even when first used in parallel', async () => {
    const encrypted = await Promise.all(['a', 'b', 'c'].map((value) => encryptSecret(value)));
    expect(await Promise.all(encrypted.map((value) => decryptSecret(value)))).toEqual(['a', 'b', 'c']);
  });

  it('refuses a tampered ciphertext', async () => {
    const encrypted = await encryptSecret('tamper-me');
    const bytes = Uint8Array.from(atob(encrypted.ciphertext), (char) => char.charCodeAt(0));
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    const tampered = { ...encrypted, ciphertext: btoa(String.fromCharCode(...bytes)) };
    await expect(decryptSecret(tampered)).rejects.toThrow();
  });
});
