import { z } from 'zod/mini';
import { passwordMinLength } from '../connections/schema';

/** The help text of a password being chosen: the server's rules (docs/api.md, "Password rules"). */
export const newPasswordHelp = `At least ${passwordMinLength} characters. It must not be a common password, nor contain your email address. A few unrelated words make a long password easy to remember.`;

export const confirmRequired = 'Type the password again, to be sure it is the one you meant.';
export const confirmMismatch = 'The two passwords differ. Type the same password in both fields.';

/** A form's check that the second typing (`confirm`) equals the password (`field`); reported on the second. */
export const typedTwice = <T extends Record<string, unknown>>(field: keyof T & string, confirm: keyof T & string) =>
  z.refine<T>((values) => values[confirm] === values[field], { path: [confirm], message: confirmMismatch });

/** When a 429 says to try again: "in 14 minutes (at 10:42)". */
export function retryWhen(seconds: number | null, now: Date = new Date()): string {
  if (seconds === null) return 'in a few minutes';
  if (seconds < 60) return `in ${seconds} ${seconds === 1 ? 'second' : 'seconds'}`;
  const minutes = Math.ceil(seconds / 60);
  const at = new Intl.DateTimeFormat(undefined, { hour: '2-digit', minute: '2-digit' }).format(new Date(now.getTime() + seconds * 1000));
  return `in ${minutes} ${minutes === 1 ? 'minute' : 'minutes'} (at ${at})`;
}
