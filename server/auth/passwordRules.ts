import { dictionary } from '@zxcvbn-ts/language-common';
import { passwordContainsEmail, sessionMessages } from '../../src/features/connections/schema';

// The rules a new password must meet beyond the schema's length: not on a list of common
// passwords, and not containing the email. The list is zxcvbn-ts's `passwords-common`
// (@zxcvbn-ts/language-common, about 49,000 passwords most often found in breaches).

let common: ReadonlySet<string> | undefined;

/**
 * True when the password, in lower case, is on the list, or is a listed password of 6 or more
 * characters with only digits and symbols added at its end ("Password123!", "qwerty2024!!").
 */
export function isCommonPassword(password: string): boolean {
  common ??= new Set(dictionary['passwords-common'].map((word) => word.toLowerCase()));
  const lower = password.toLowerCase();
  if (common.has(lower)) return true;
  const stem = lower.replace(/[\d\W_]+$/u, '');
  return stem.length >= 6 && stem !== lower && common.has(stem);
}

/** Why the server refuses `password` for the owner `email`, or undefined when it is fine. */
export function newPasswordProblem(password: string, email: string): string | undefined {
  if (passwordContainsEmail(password, email)) return sessionMessages.newPasswordHasEmail;
  if (isCommonPassword(password)) return sessionMessages.newPasswordCommon;
  return undefined;
}
