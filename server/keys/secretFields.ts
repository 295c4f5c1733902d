import type { EncryptedSecret } from '../../core/ports';

function isEncryptedSecret(value: unknown): value is EncryptedSecret {
  if (typeof value !== 'object' || value === null) return false;
  const { keyId, iv, ciphertext } = value as Partial<Record<keyof EncryptedSecret, unknown>>;
  return typeof keyId === 'string' && typeof iv === 'string' && typeof ciphertext === 'string';
}

/**
 * A copy of the stored record `value` in which every secret (an object with `keyId`, `iv` and
 * `ciphertext`) is replaced by `replace(secret, field)`, `field` being its dotted path, which is
 * also the field its ciphertext is bound to. Found by shape, so a secret field added to a record
 * later is rotated too.
 */
export async function mapSecrets(
  value: unknown,
  replace: (secret: EncryptedSecret, field: string) => Promise<EncryptedSecret>,
  field = '',
): Promise<unknown> {
  if (isEncryptedSecret(value)) return replace(value, field);
  const inner = (key: string | number) => (field ? `${field}.${key}` : String(key));
  if (Array.isArray(value)) return Promise.all(value.map((item, index) => mapSecrets(item, replace, inner(index))));
  if (typeof value !== 'object' || value === null) return value;
  const entries = await Promise.all(Object.entries(value).map(async ([key, item]) => [key, await mapSecrets(item, replace, inner(key))]));
  return Object.fromEntries(entries);
}
