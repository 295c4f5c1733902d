import { dictionary } from '@zxcvbn-ts/language-common';
import { commonPasswordCandidates, commonPasswordPrefixLength, passwordContainsEmail, sessionMessages } from '../../src/features/connections/schema';
import { sha256Hex } from '../sha256';

// The rules a new password must meet beyond the schema's length: not on a list of common
// passwords, and not containing the email. The list is zxcvbn-ts's `passwords-common`
// (@zxcvbn-ts/language-common, about 49,000 passwords most often found in breaches).

let common: ReadonlySet<string> | undefined;
const commonList = () => (common ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase())));

/**
 * True when the password, in lower case, is on the list, or is a listed password of 6 or more
 * characters with only digits and symbols added at its end ("Password123!", "qwerty2024!!").
 */
export function isCommonPassword(password: string): boolean {
  const list = commonList();
  return commonPasswordCandidates(password).some((candidate) => list.has(candidate));
}


let byPrefix: ReadonlyMap<string, readonly string[]> | undefined;

/** The list's SHA-256 hashes that start with `prefix`, without it (GET /api/common-passwords/:prefix). */
export function commonPasswordSuffixes(prefix: string): readonly string[] {
  if (!byPrefix) {
    const index = new Map<string, string[]>();
    for (const word of commonList()) {
      const hash = sha256Hex(word);
      const key = hash.slice(0, commonPasswordPrefixLength);
      const suffixes = index.get(key);
      if (suffixes) suffixes.push(hash.slice(commonPasswordPrefixLength));
      else index.set(key, [hash.slice(commonPasswordPrefixLength)]);
    }
    byPrefix = index;
  }
  return byPrefix.get(prefix) ?? [];
}

/** Why the server refuses `password` for the owner `email`, or undefined when it is fine. */
export function newPasswordProblem(password: string, email: string): string | undefined {
  if (passwordContainsEmail(password, email)) return sessionMessages.newPasswordHasEmail;
  if (isCommonPassword(password)) return sessionMessages.newPasswordCommon;
  return undefined;
}
