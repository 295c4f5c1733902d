// The owner account the server's tests create (OWNER_EMAIL / OWNER_PASSWORD) and sign in with.
import { sessionSchema } from '../../src/features/connections/schema';

export const testOwner = { email: 'owner@example.com', password: 'lantern quietly sheds 7 moths' } as const;

/** What a signed-in browser of the app sends: its session cookie, and its origin on a change. */
export interface SignedInHeaders {
  readonly Cookie: string;
  readonly Origin: string;
  readonly [name: string]: string;
}

/** The `name=value` of a Set-Cookie header. */
export function cookieOf(response: Response, name = /bc_wizard_session/): string {
  const header = response.headers.getSetCookie().find((cookie) => name.test(cookie.split('=')[0] ?? ''));
  if (!header) throw new Error(`No ${name} cookie was set (HTTP ${response.status}).`);
  return header.split(';')[0] ?? '';
}

/** POST /api/session as the app's page would send it; the cookie and Origin to send from then on. */
export async function signIn(serverUrl: string, origin: string, owner: { email: string; password: string } = testOwner): Promise<SignedInHeaders> {
  const response = await fetch(`${serverUrl}/api/session`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: origin },
    body: JSON.stringify(owner),
  });
  if (response.status !== 200) throw new Error(`Sign-in failed: HTTP ${response.status} ${await response.text()}`);
  sessionSchema.parse(await response.json());
  return { Cookie: cookieOf(response), Origin: origin };
}
