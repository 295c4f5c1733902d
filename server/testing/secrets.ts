import { randomUUID } from 'node:crypto';
import type { BackendPorts, EncryptedSecret, SecretBinding } from '../../core/ports';
import { basicConnection, oauthClient, oauthConnection, sealed, testTime, tokenConnection } from './records';

export interface SeededSecret {
  readonly binding: SecretBinding;
  readonly plaintext: string;
}

/** Stores one record of each kind, each secret field set to a distinct known plaintext. */
export async function seedSecrets({ connections, oauthClients, cipher }: BackendPorts): Promise<SeededSecret[]> {
  const seeded: SeededSecret[] = [];
  const seal = async (record: string, field: string) => {
    const plaintext = `plain-${field}-${randomUUID()}`;
    seeded.push({ binding: { record, field }, plaintext });
    return sealed(cipher, plaintext, record, field);
  };
  const client = oauthClient();
  await oauthClients.insert({ ...client, clientSecret: await seal(`oauthClient:${client.id}`, 'clientSecret') });
  const basic = basicConnection();
  await connections.insert({ ...basic, password: await seal(`connection:${basic.id}`, 'password') });
  const token = tokenConnection();
  await connections.insert({ ...token, accessToken: await seal(`connection:${token.id}`, 'accessToken') });
  const oauth = oauthConnection(client.id);
  const accessToken = await seal(`connection:${oauth.id}`, 'authorization.accessToken');
  await connections.insert({ ...oauth, authorization: { grantedScopes: oauth.scopes, authorizedAt: testTime, accessToken } });
  return seeded;
}

/** The stored ciphertext of a seeded secret, read back through the repositories. */
export async function storedSecret({ connections, oauthClients }: BackendPorts, { binding }: SeededSecret): Promise<EncryptedSecret> {
  const [kind, id = ''] = binding.record.split(':');
  const record = kind === 'connection' ? await connections.find(id) : await oauthClients.find(id);
  const secret = binding.field.split('.').reduce<unknown>((value, key) => (value as Record<string, unknown> | undefined)?.[key], record);
  if (!secret) throw new Error(`No secret at ${binding.record} ${binding.field}`);
  return secret as EncryptedSecret;
}

/** Each seeded secret decrypted by `ports.cipher`, or the error it threw. */
export async function decryptSeeded(ports: BackendPorts, seeded: readonly SeededSecret[]): Promise<(string | Error)[]> {
  return Promise.all(seeded.map(async (secret) => ports.cipher.decrypt(await storedSecret(ports, secret), secret.binding).catch((error: Error) => error)));
}
