import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { onUnauthorized } from '../../lib/http';
import { interruptSession } from '../../lib/sessionInterruption';
import { sessionKeys } from './api/keys';
import { leaveForSignIn } from './leaveForSignIn';
import { sessionEndTarget } from './sessionEnd';

/**
 * Any API call that answers 401 sends the person to sign in ("/sign-in?next=<here>") or to set up
 * the owner ("/setup"). Pages keeping a draft write and mark it first (interruptSession), so the
 * form comes back as it was once they have signed in; the failed request still fails as usual.
 */
export function useSessionEndRedirect(): void {
  const queryClient = useQueryClient();
  useEffect(
    () =>
      onUnauthorized((body) => {
        const target = sessionEndTarget(body, location);
        if (!target) return;
        interruptSession();
        leaveForSignIn(target, 'session-ended');
        queryClient.setQueryData(sessionKeys.current(), null);
      }),
    [queryClient],
  );
}
