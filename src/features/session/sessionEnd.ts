import { apiErrorSchema } from '../connections/schema';
import { isSignedOutPage, sessionPaths, signInHref } from './paths';

/**
 * Where a 401 sends the person: "/setup" while no owner exists, "/sign-in?next=<here>" when the
 * session is missing or over; null when it is no session's end (on the sign-in pages themselves,
 * or a 401 that names a field: a wrong current password).
 */
export function sessionEndTarget(body: unknown, here: { pathname: string; search: string }): string | null {
  if (isSignedOutPage(here.pathname)) return null;
  const parsed = apiErrorSchema.safeParse(body);
  if (parsed.success && parsed.data.error.fields.length > 0) return null;
  if (parsed.success && parsed.data.error.code === 'setup_required') return sessionPaths.setup;
  return signInHref(`${here.pathname}${here.search}`);
}
