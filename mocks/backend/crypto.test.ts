import { decryptSecret, encryptSecret, loadSecretKey } from './crypto';
import { clearBackendDatabase } from './db';

afterEach(() => clearBackendDatabase());

const binding = { record: 'connection:c1', field: 'accessToken' };
const seal = (plaintext: string) => encryptSecret(plaintext, binding);
const open = (secret: Awaited<ReturnType<typeof seal>>) => decryptSecret(secret, binding);

describe('secret encryption', () => {
  it('decrypts what it encrypted', async () => {
    const encrypted = await seal('s3cr3t-v4lue');
    expect(await open(encrypted)).toBe('s3cr3t-v4lue');
  });

  it('stores base64 text with a fresh 12-byte IV each time and a key id, never the plaintext', async () => {
    const first = await seal('same-secret');
    const second = await seal('same-secret');
    for (const encrypted of [first, second]) {
      expect(encrypted.ciphertext).toMatch(/^[A-Za-z0-9+/]+=*$/);
      expect(atob(encrypted.iv)).toHaveLength(12);
      expect(encrypted.keyId).toBe('secrets');
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
    const encrypted = await seal('across-calls');
    expect(await open(encrypted)).toBe('across-calls');
    expect((await loadSecretKey()).extractable).toBe(false);
  });

  it('generates a single key even when first used in parallel', async () => {
    const encrypted = await Promise.all(['a', 'b', 'c'].map((value) => seal(value)));
    expect(await Promise.all(encrypted.map((value) => open(value)))).toEqual(['a', 'b', 'c']);
  });

  it('refuses a tampered ciphertext', async () => {
    const encrypted = await seal('tamper-me');
    const bytes = Uint8Array.from(atob(encrypted.ciphertext), (char) => char.charCodeAt(0));
    bytes[0] = (bytes[0] ?? 0) ^ 0xff;
    const tampered = { ...encrypted, ciphertext: btoa(String.fromCharCode(...bytes)) };
    await expect(open(tampered)).rejects.toThrow();
  });

  it('refuses a ciphertext copied to another record or field', async () => {
    const encrypted = await seal('bound');
    await expect(decryptSecret(encrypted, { record: 'connection:c2', field: 'accessToken' })).rejects.toThrow();
    await expect(decryptSecret(encrypted, { record: 'connection:c1', field: 'password' })).rejects.toThrow();
  });

  it('refuses a ciphertext of another key id', async () => {
    const encrypted = await seal('other-key');
    await expect(open({ ...encrypted, keyId: 'other' })).rejects.toThrow(/another key/);
  });
});
