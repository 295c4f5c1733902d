import { oauthCallbackInputSchema, type OAuthCallbackInput } from '../schema';

const callbackParams = ['code', 'scope', 'context', 'account_uuid', 'state', 'error', 'error_description'] as const;

/** What BigCommerce appended to the Redirect URL, or undefined when it is not an OAuth answer (no state). */
export function parseCallbackQuery(search: string): OAuthCallbackInput | undefined {
  const query = new URLSearchParams(search);
  const raw: Record<string, string> = {};
  for (const name of callbackParams) {
    const value = query.get(name);
    if (value !== null) raw[name] = value;
  }
  const parsed = oauthCallbackInputSchema.safeParse(raw);
  return parsed.success ? parsed.data : undefined;
}

let taken: { input: OAuthCallbackInput | undefined } | undefined;

/**
 * Reads the callback's query once per document and strips it from the address bar at once (the
 * code must not linger in the URL or the history). Later calls get the same answer, so a second
 * render or effect never reads the stripped URL, nor posts the code twice.
 */
export function takeCallbackInput(): OAuthCallbackInput | undefined {
  if (taken) return taken.input;
  const input = parseCallbackQuery(window.location.search);
  taken = { input };
  if (window.location.search) window.history.replaceState(window.history.state, '', window.location.pathname);
  return input;
}

const completions = new Map<string, Promise<unknown>>();

/** Runs `complete` once per state: React's StrictMode runs effects twice, the code works once. */
export function once<T>(state: string, complete: () => Promise<T>): Promise<T> {
  let pending = completions.get(state) as Promise<T> | undefined;
  if (!pending) {
    pending = complete();
    completions.set(state, pending);
  }
  return pending;
}
