import { get, type FieldErrors, type FieldPath, type FieldValues, type Resolver } from 'react-hook-form';
import { request } from '../../lib/http';
import { commonPasswordCandidates, commonPasswordPrefixLength, commonPasswordRangeSchema, sessionMessages } from '../connections/schema';

// The list of common passwords is the server's (server/auth/passwordRules.ts). A page checks a new
// password against it while it is typed without sending it: only the first hex digits of its
// SHA-256 go out, and the answer is every listed hash that starts with them (docs/api.md).

/** SHA-256 in hex; undefined where WebCrypto is missing (a page on plain http to another machine). */
async function sha256Hex(text: string): Promise<string | undefined> {
  if (!globalThis.crypto?.subtle) return undefined;
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

// Ranges hold hashes of the public list, nothing of what was typed: kept for the page's life.
const ranges = new Map<string, Promise<ReadonlySet<string>>>();

function range(prefix: string): Promise<ReadonlySet<string>> {
  let answer = ranges.get(prefix);
  if (!answer) {
    answer = request(`/api/common-passwords/${prefix}`, { schema: commonPasswordRangeSchema }).then((body) => new Set(body.suffixes));
    // A failed answer is asked again next time.
    answer.catch(() => ranges.delete(prefix));
    ranges.set(prefix, answer);
  }
  return answer;
}

/** Is `password` on the server's list? Undefined when this page cannot tell (no WebCrypto, no answer): the server still checks on save. */
export async function isCommonPassword(password: string): Promise<boolean | undefined> {
  try {
    for (const candidate of commonPasswordCandidates(password)) {
      const hash = await sha256Hex(candidate);
      if (!hash) return undefined;
      if ((await range(hash.slice(0, commonPasswordPrefixLength))).has(hash.slice(commonPasswordPrefixLength))) return true;
    }
    return false;
  } catch {
    return undefined;
  }
}

/** What a form knows of its new password's check: the last password found common or not (the page's memory only). */
export interface CommonPasswordVerdicts {
  knownCommon(password: string): boolean;
  remember(password: string, common: boolean): void;
  forget(): void;
}

export function createCommonPasswordVerdicts(): CommonPasswordVerdicts {
  let last: { password: string; common: boolean } | undefined;
  return {
    knownCommon: (password) => last?.password === password && last.common,
    remember: (password, common) => void (last = { password, common }),
    forget: () => void (last = undefined),
  };
}

/** `resolver`, plus the common-password message on `field` when the check has found the typed password on the list. */
export function withCommonPasswordCheck<T extends FieldValues>(resolver: Resolver<T>, field: FieldPath<T>, verdicts: CommonPasswordVerdicts): Resolver<T> {
  return async (values, context, options) => {
    const result = await resolver(values, context, options);
    const password: unknown = get(values, field);
    if (typeof password !== 'string' || !verdicts.knownCommon(password)) return result;
    const errors = { ...result.errors, [field]: { type: 'common', message: sessionMessages.newPasswordCommon } } as FieldErrors<T>;
    return { values: {}, errors };
  };
}
