import './zodConfig';
import { z } from 'zod/mini';
import { isPrintableText, isVisibleAscii } from './characters';
import { lengthOf, notText, timestampSchema } from './common';

/**
 * Sign-in to the real server (issue 9). The embedded demo has no sign-in and never answers these.
 * Rules a browser can check live here; the server adds the list of common passwords.
 */
export const passwordMinLength = 12;
export const passwordMaxLength = 256;
/** The longest address SMTP carries (RFC 5321). */
export const emailMaxLength = 254;

export const sessionMessages = {
  emailRequired: 'Enter your email address.',
  emailInvalid: 'Enter an email address in the form name@example.com.',
  emailTooLong: (length: number) =>
    `An email address has at most ${emailMaxLength} characters, and this one has ${length}. Check what you typed.`,
  passwordRequired: 'Enter your password.',
  newPasswordRequired: 'Enter a password.',
  newPasswordTooShort: (length: number) =>
    `Choose a password of at least ${passwordMinLength} characters (this one has ${length}). A few unrelated words make a long one easy to remember.`,
  newPasswordTooLong: `Choose a password of at most ${passwordMaxLength} characters.`,
  passwordTooLong: (length: number) =>
    `A password here has at most ${passwordMaxLength} characters, and this one has ${length}. Check what you typed.`,
  passwordNotText: `A password is text: any letters, digits, spaces, symbols and emoji, at most ${passwordMaxLength} characters.`,
  newPasswordNotText: `A password is text: ${passwordMinLength} to ${passwordMaxLength} letters, digits, spaces, symbols or emoji.`,
  passwordHasControl:
    'A password may hold any letters, digits, spaces, symbols and emoji, but no control characters (such as a tab or a line break) and no broken characters. Type it again.',
  newPasswordHasEmail: 'Choose a password that does not contain your email address.',
  newPasswordCommon: 'This password is on a list of common passwords that attackers try first. Choose another.',
  newPasswordUnchanged: 'Choose a new password that differs from the current one.',
  tokenRequired: 'Open the setup link the server printed when it started: it carries the setup token.',
} as const;

export const emailSchema = z.pipe(
  z.pipe(
    z.string({ error: notText(sessionMessages.emailRequired, sessionMessages.emailInvalid) }).check(
      z.trim(),
      z.minLength(1, sessionMessages.emailRequired),
      z.maxLength(emailMaxLength, { error: (issue) => sessionMessages.emailTooLong(lengthOf(issue)) }),
    ),
    z.email(sessionMessages.emailInvalid),
  ),
  z.transform((email: string) => email.toLowerCase()),
);

const characterCount = (value: unknown) => [...String(value ?? '')].length;
const printablePassword = z.refine<string>(isPrintableText, sessionMessages.passwordHasControl);

/**
 * A password as typed at sign-in: anything printable, non-empty (never trimmed: spaces may be
 * part of it), no longer than a chosen one can be. Length counts characters (code points), as a person counts them.
 */
export const currentPasswordSchema = z.string({ error: notText(sessionMessages.passwordRequired, sessionMessages.passwordNotText) }).check(
  z.minLength(1, sessionMessages.passwordRequired),
  z.refine((password: string) => characterCount(password) <= passwordMaxLength, {
    error: (issue) => sessionMessages.passwordTooLong(characterCount(issue.input)),
  }),
  printablePassword,
);

/** A password being chosen: 12 to 256 characters of any printable Unicode; an empty one is asked for, not counted. */
export const newPasswordSchema = z.string({ error: notText(sessionMessages.newPasswordRequired, sessionMessages.newPasswordNotText) }).check(
  z.minLength(1, sessionMessages.newPasswordRequired),
  z.refine((password: string) => password.length === 0 || characterCount(password) >= passwordMinLength, {
    error: (issue) => sessionMessages.newPasswordTooShort(characterCount(issue.input)),
  }),
  z.refine((password: string) => characterCount(password) <= passwordMaxLength, sessionMessages.newPasswordTooLong),
  printablePassword,
);

/**
 * The forms a password is looked up in on the list of common passwords: itself in lower case, and
 * its stem without digits and symbols at the end ("Password123!" → "password") when that stem has 6
 * or more characters. The server checks them on save; the pages, while typing (GET /api/common-passwords).
 */
export function commonPasswordCandidates(password: string): string[] {
  const lower = password.toLowerCase();
  const stem = lower.replace(/[\d\W_]+$/u, '');
  return stem.length >= 6 && stem !== lower ? [lower, stem] : [lower];
}

/**
 * GET /api/common-passwords/:prefix answers the list's entries whose SHA-256 (hex, of the lower-case
 * UTF-8) starts with `prefix`, as the rest of their hex: the browser checks a password without
 * sending it, or its whole hash (a range query, as "Have I Been Pwned" does).
 */
export const commonPasswordPrefixLength = 5;
export const commonPasswordPrefixPattern = /^[0-9a-f]{5}$/;
export const commonPasswordRangeSchema = z.object({ suffixes: z.array(z.string()) });
export type CommonPasswordRange = z.infer<typeof commonPasswordRangeSchema>;

/** True when the password holds the email, or its part before the @ when that is 3 characters or more. */
export function passwordContainsEmail(password: string, email: string): boolean {
  const lower = password.toLowerCase();
  const address = email.trim().toLowerCase();
  const local = address.split('@')[0] ?? '';
  return (address.length > 0 && lower.includes(address)) || (local.length >= 3 && lower.includes(local));
}

/** POST /api/setup */
export const setupInputSchema = z
  .object({
    token: z.string({ error: sessionMessages.tokenRequired }).check(
      z.trim(),
      z.minLength(1, sessionMessages.tokenRequired),
      z.maxLength(200, sessionMessages.tokenRequired),
      z.refine(isVisibleAscii, sessionMessages.tokenRequired),
    ),
    email: emailSchema,
    password: newPasswordSchema,
  })
  .check(
    z.superRefine((input: { email: string; password: string }, context) => {
      if (passwordContainsEmail(input.password, input.email)) context.addIssue({ code: 'custom', path: ['password'], message: sessionMessages.newPasswordHasEmail });
    }),
  );
export type SetupInput = z.input<typeof setupInputSchema>;

/** POST /api/session */
export const signInInputSchema = z.object({ email: emailSchema, password: currentPasswordSchema });
export type SignInInput = z.input<typeof signInInputSchema>;

/** PUT /api/session/password (the email to check against is the session's, checked by the server). */
export const changePasswordInputSchema = z
  .object({ currentPassword: currentPasswordSchema, newPassword: newPasswordSchema })
  .check(
    z.refine((input: { currentPassword: string; newPassword: string }) => input.currentPassword !== input.newPassword, {
      path: ['newPassword'],
      message: sessionMessages.newPasswordUnchanged,
    }),
  );
export type ChangePasswordInput = z.input<typeof changePasswordInputSchema>;

/** 200 of GET /api/session, POST /api/session, POST /api/setup and PUT /api/session/password. */
export const sessionSchema = z.object({
  email: z.string(),
  signedInAt: timestampSchema,
  /** When the session ends if nothing happens (idle limit), never later than the absolute limit. */
  expiresAt: timestampSchema,
});
export type Session = z.infer<typeof sessionSchema>;
