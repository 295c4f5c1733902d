import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef, useState, type FormEvent } from 'react';
import { useLocation } from 'wouter';
import { useOptionalStatus } from '../../../ui/StatusMessage';
import type { Connection, ConnectionFormValues } from '../schema';
import { loadedContract } from '../schema/load';
import { openAuthorizationWindow, runAuthorization, setFlow } from './authorizationFlow';
import { nameKey } from '../form/uniqueName';

export const editPath = (id: string) => `/connections/${encodeURIComponent(id)}/edit`;

/** Starts the authorization of a saved OAuth 2.0 connection; on success closes the panel and says so. */
export function useAuthorize() {
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const announce = useOptionalStatus()?.announce;

  const onAuthorized = useCallback(
    (connection: Connection) => {
      announce?.(`Connection "${connection.name}" authorized.`);
      // Close the panel, unless the person has gone elsewhere meanwhile.
      const path = window.location.pathname;
      if (path === '/connections/new' || path === editPath(connection.id)) navigate('/');
    },
    [announce, navigate],
  );

  /** Call in the click handler with the window `openAuthorizationWindow()` gave (or null). */
  const authorize = useCallback(
    (connection: Connection, popup: Window | null) => {
      void runAuthorization({
        connectionId: connection.id,
        previousAuthorizedAt: connection.authType === 'oauth2' ? connection.authorization?.authorizedAt : undefined,
        popup,
        queryClient,
        onAuthorized,
      });
    },
    [queryClient, onAuthorized],
  );

  return { authorize };
}

export type SaveIntent = 'save' | 'authorize';

/**
 * "Save & authorize" in the connection form: opens the popup in the submit event itself (when the
 * values are valid, so the browser does not block it), saves, then starts the authorization.
 * A new connection's panel becomes the saved connection's edit page, where the outcome shows.
 */
export function useSaveAndAuthorize(editingId: string | undefined, takenNames: (name: string) => readonly string[]) {
  const { authorize } = useAuthorize();
  const [, navigate] = useLocation();
  const [intent, setIntent] = useState<SaveIntent>('save');
  const current = useRef<{ intent: SaveIntent; popup: Window | null }>({ intent: 'save', popup: null });

  /** In the submit event, before anything is awaited. */
  const prepare = (event: FormEvent<HTMLFormElement>, values: ConnectionFormValues) => {
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLElement | null | undefined;
    const next: SaveIntent = submitter?.dataset.intent === 'authorize' ? 'authorize' : 'save';
    setIntent(next);
    current.current = { intent: next, popup: null };
    // Synchronously, or the popup is blocked. The schemas have loaded long before anyone can press
    // Save & authorize; if not, no popup: the authorization then continues in this tab.
    if (next !== 'authorize' || !loadedContract()?.connectionFormSchema.safeParse(values).success) return;
    const name = typeof values.name === 'string' ? values.name : '';
    if (takenNames(name).some((taken) => nameKey(taken) === nameKey(name))) return;
    current.current.popup = openAuthorizationWindow();
  };

  /** After a save: true when it goes on to authorize (the caller then does not close the panel). */
  const continueAfterSave = (saved: Connection): boolean => {
    const { intent: wanted, popup } = current.current;
    current.current = { intent: 'save', popup: null };
    if (wanted !== 'authorize' || saved.authType !== 'oauth2') {
      popup?.close();
      // A save rebuilds the connection: an earlier authorization's failure no longer applies.
      setFlow(saved.id, undefined);
      return false;
    }
    authorize(saved, popup);
    if (!editingId) navigate(editPath(saved.id), { replace: true });
    return true;
  };

  /** The save did not happen: close the popup opened for it. */
  const abandon = () => {
    current.current.popup?.close();
    current.current = { intent: 'save', popup: null };
  };

  return { intent, prepare, continueAfterSave, abandon };
}
