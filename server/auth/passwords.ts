import { randomBytes, scrypt, timingSafeEqual, type ScryptOptions } from 'node:crypto';

// Passwords are hashed with scrypt from node:crypto (docs/decisions/passwords-and-sessions.md):
// OWASP's parameters (N = 2^17, r = 8, p = 1: 128 MiB and most of a second of one core here),
// a random 16-byte salt, a 32-byte hash. The parameters are stored with each hash, so raising
// them later leaves existing hashes readable.

export interface ScryptCost {
  readonly N: number;
  readonly r: number;
  readonly p: number;
}

export const defaultScryptCost: ScryptCost = { N: 2 ** 17, r: 8, p: 1 };
const keyLength = 32;

function derive(password: string, salt: Buffer, cost: ScryptCost): Promise<Buffer> {
  // scrypt needs 128 · N · r bytes; Node refuses over 32 MiB unless told more is fine.
  const options: ScryptOptions = { ...cost, maxmem: 128 * cost.N * cost.r + 1024 * 1024 };
  return new Promise((resolve, reject) => scrypt(password.normalize('NFC'), salt, keyLength, options, (error, key) => (error ? reject(error) : resolve(key))));
}

/** `scrypt$N$r$p$salt$hash`, salt and hash in base64. */
export async function hashPassword(password: string, cost: ScryptCost = defaultScryptCost): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, cost);
  return ['scrypt', cost.N, cost.r, cost.p, salt.toString('base64'), hash.toString('base64')].join('$');
}

/** True when `password` is the one `stored` was made from; compares in constant time. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, N, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), { N: Number(N), r: Number(r), p: Number(p) });
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}

let dummy: Promise<string> | undefined;

/**
 * A hash nobody knows the password of, made once per process. The sign-in route awaits it on
 * every path, so its first making delays a known and an unknown email alike.
 */
export function nobodysHash(cost: ScryptCost = defaultScryptCost): Promise<string> {
  dummy ??= hashPassword(randomBytes(16).toString('base64'), cost);
  return dummy;
}

/**
 * The work of a verification for an email that has no account, so that its answer takes as long
 * as a wrong password's: the same scrypt against nobody's hash.
 */
export async function verifyNobody(password: string, cost: ScryptCost = defaultScryptCost): Promise<false> {
  await verifyPassword(password, await nobodysHash(cost));
  return false;
}
