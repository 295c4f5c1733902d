// The OAuth 2.0 authorization of one saved connection, from "Save & authorize" to the callback's
// answer. It lives outside React: the panel navigates (create → edit) while the popup is open,
// and the same-tab callback page hands its failure to the edit page through it.
import type { QueryClient } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { connectionKeys, describeError, fetchConnection, startAuthorization, storeCheckedConnection } from '../api';
import type { AuthorizationFailureReason, Connection, OAuthCallbackResult } from '../schema';
import { loadedContract } from '../schema/load';

export const popupName = 'bigcommerce-authorize';
export const popupFeatures = 'popup,width=600,height=720';
/** How often the opener looks whether the popup is still open. */
export const popupPollMs = 500;

export const popupClosedMessage = 'The authorization window was closed before it finished. Press Authorize again to try again.';
export const popupBlockedMessage = 'The popup was blocked.';

export type FlowFailureReason = AuthorizationFailureReason | 'popup_closed' | 'not_started';

export type AuthorizationFlow =
  /** Asking our backend where to send the person. */
  | { phase: 'starting' }
  /** The popup shows BigCommerce's consent page. */
  | { phase: 'waiting' }
  /** window.open gave nothing: offer the same tab instead. */
  | { phase: 'blocked'; authorizeUrl: string }
  | { phase: 'failed'; reason: FlowFailureReason; message: string };

const flows = new Map<string, AuthorizationFlow>();
const listeners = new Set<() => void>();

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function flowOf(connectionId: string): AuthorizationFlow | undefined {
  return flows.get(connectionId);
}

export function setFlow(connectionId: string, flow: AuthorizationFlow | undefined): void {
  if (flow) flows.set(connectionId, flow);
  else flows.delete(connectionId);
  for (const listener of listeners) listener();
}

/** The authorization state of one connection, for React. */
export function useAuthorizationFlow(connectionId: string | undefined): AuthorizationFlow | undefined {
  return useSyncExternalStore(
    subscribe,
    () => (connectionId ? flows.get(connectionId) : undefined),
    () => undefined,
  );
}

/**
 * Opens the popup empty. Call it synchronously in the click handler, before anything is awaited,
 * so that the browser sees the click and does not block it; the address follows once known.
 */
export function openAuthorizationWindow(): Window | null {
  try {
    return window.open('about:blank', popupName, popupFeatures);
  } catch {
    return null;
  }
}

let stopActive: (() => void) | undefined;

export interface RunAuthorizationOptions {
  connectionId: string;
  /** `authorization.authorizedAt` before this run, to tell a fresh authorization from an old one. */
  previousAuthorizedAt?: string;
  /** The window opened by `openAuthorizationWindow()` in the click, or null if it was blocked. */
  popup: Window | null;
  queryClient: QueryClient;
  onAuthorized: (connection: Connection) => void;
}

/** Starts the authorization of a saved connection and follows it until the popup answers or closes. */
export async function runAuthorization(options: RunAuthorizationOptions): Promise<void> {
  const { connectionId: id } = options;
  stopActive?.();
  stopActive = undefined;
  setFlow(id, { phase: 'starting' });

  let authorizeUrl: string;
  try {
    authorizeUrl = await startAuthorization(id);
  } catch (error) {
    options.popup?.close();
    setFlow(id, { phase: 'failed', reason: 'not_started', message: `The authorization could not start. ${describeError(error)}` });
    return;
  }

  let popup = options.popup && !options.popup.closed ? options.popup : null;
  if (popup) {
    popup.location.replace(authorizeUrl);
  } else {
    // Nothing was opened in the click (or it was closed since): one more try, which a browser
    // may still allow shortly after the click.
    try {
      popup = window.open(authorizeUrl, popupName, popupFeatures);
    } catch {
      popup = null;
    }
  }
  if (!popup) {
    setFlow(id, { phase: 'blocked', authorizeUrl });
    return;
  }
  setFlow(id, { phase: 'waiting' });
  watchPopup(popup, options);
}

/** Hands a callback result to the connection's flow: the cache learns the new status, the panel the outcome. */
export function settleAuthorization(
  connectionId: string,
  result: OAuthCallbackResult,
  queryClient: QueryClient,
  onAuthorized?: (connection: Connection) => void,
): void {
  if (result.ok) {
    storeCheckedConnection(queryClient, result.connection);
    setFlow(connectionId, undefined);
    onAuthorized?.(result.connection);
    return;
  }
  setFlow(connectionId, { phase: 'failed', reason: result.reason, message: result.message });
  void queryClient.invalidateQueries({ queryKey: connectionKeys.all });
}

function watchPopup(popup: Window, options: RunAuthorizationOptions): void {
  const { connectionId: id, queryClient } = options;
  let done = false;
  let closedPolls = 0;

  const stop = () => {
    done = true;
    window.removeEventListener('message', onMessage);
    clearInterval(timer);
  };
  const finish = (result: OAuthCallbackResult) => {
    if (done) return;
    stop();
    if (stopActive === stop) stopActive = undefined;
    settleAuthorization(id, result, queryClient, options.onAuthorized);
  };

  function onMessage(event: MessageEvent) {
    if (event.origin !== window.location.origin) return;
    // The contract is in: startAuthorization's answer was parsed with it before the popup was watched.
    const parsed = loadedContract()?.oauthWindowMessageSchema.safeParse(event.data);
    if (!parsed?.success) return;
    const { result } = parsed.data;
    const about = result.ok ? result.connection.id : result.connectionId;
    if (about !== undefined && about !== id) return;
    finish(result);
  }

  // The popup closed with no message: give a message already on its way one more poll, then ask
  // the backend whether the authorization went through all the same.
  const closedEarly = async () => {
    stop();
    if (stopActive === stop) stopActive = undefined;
    try {
      const connection = await fetchConnection(id);
      const authorizedAt = connection.authType === 'oauth2' ? connection.authorization?.authorizedAt : undefined;
      if (authorizedAt && authorizedAt !== options.previousAuthorizedAt) {
        settleAuthorization(id, { ok: true, connection }, queryClient, options.onAuthorized);
        return;
      }
    } catch {
      // Fall through: the person learns the window closed, and can try again.
    }
    setFlow(id, { phase: 'failed', reason: 'popup_closed', message: popupClosedMessage });
  };

  const timer = setInterval(() => {
    if (done || !popup.closed) return;
    closedPolls += 1;
    if (closedPolls >= 2) void closedEarly();
  }, popupPollMs);
  window.addEventListener('message', onMessage);
  stopActive = stop;
}
