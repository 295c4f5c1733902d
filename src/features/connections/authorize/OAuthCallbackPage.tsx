import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link, useLocation } from 'wouter';
import { useDocumentTitle } from '../../../lib/useDocumentTitle';
import { Button } from '../../../ui/Button';
import { PageHeading } from '../../../ui/PageHeading';
import { useStatus } from '../../../ui/StatusMessage';
import { completeOAuthCallback, describeError } from '../api';
import type { OAuthCallbackResult } from '../schema';
import { settleAuthorization } from './authorizationFlow';
import { once, takeCallbackInput } from './oauthCallbackInput';
import { editPath } from './useAuthorize';
import styles from '../test/ConnectionChecks.module.css';

type PageState =
  | { phase: 'working' }
  /** Posted to the opener; shown only if this window could not close. */
  | { phase: 'posted'; result: OAuthCallbackResult }
  | { phase: 'failed'; message: string };

/** The opener, when it is this app in another window of the same origin (the popup flow). */
function sameOriginOpener(): Window | null {
  const opener = window.opener as Window | null;
  if (!opener || opener.closed) return null;
  try {
    return opener.location.origin === window.location.origin ? opener : null;
  } catch {
    return null; // another origin: reading its location throws
  }
}

/**
 * The Redirect URL (/oauth/callback). Hands BigCommerce's answer to our backend, then tells the
 * window that opened the popup and closes; in the same-tab flow it goes back to the app and shows
 * the outcome there.
 */
export function OAuthCallbackPage() {
  useDocumentTitle('Completing authorization');
  const queryClient = useQueryClient();
  const [, navigate] = useLocation();
  const { announce } = useStatus();
  const [state, setState] = useState<PageState>({ phase: 'working' });

  useEffect(() => {
    let active = true;
    const input = takeCallbackInput();
    if (!input) {
      // Not an answer from BigCommerce: nothing to complete (set on the next tick, not in the effect's body).
      void Promise.resolve().then(() => {
        if (active) {
          setState({
            phase: 'failed',
            message: 'This page expected an answer from BigCommerce, but the address carries none. Open the connection and press Save & authorize.',
          });
        }
      });
      return () => {
        active = false;
      };
    }
    once(input.state, () => completeOAuthCallback(input)).then(
      (result) => {
        if (!active) return;
        const opener = sameOriginOpener();
        if (opener) {
          opener.postMessage({ type: 'bigcommerce-oauth-result', result }, window.location.origin);
          setState({ phase: 'posted', result });
          window.close();
          return;
        }
        // The same-tab flow: back into the app, with the outcome.
        const id = result.ok ? result.connection.id : result.connectionId;
        if (result.ok) {
          settleAuthorization(result.connection.id, result, queryClient);
          announce(`Connection "${result.connection.name}" authorized.`);
          navigate('/', { replace: true });
        } else if (id) {
          settleAuthorization(id, result, queryClient);
          navigate(editPath(id), { replace: true });
        } else {
          setState({ phase: 'failed', message: result.message });
        }
      },
      (error: unknown) => {
        if (active) setState({ phase: 'failed', message: `The authorization could not be completed. ${describeError(error)}` });
      },
    );
    return () => {
      active = false;
    };
  }, [announce, navigate, queryClient]);

  return (
    <section aria-labelledby="callback-heading">
      <PageHeading id="callback-heading">Authorization</PageHeading>
      <div role="status" className={styles.waiting}>
        {state.phase === 'working' && 'Completing authorization…'}
        {state.phase === 'posted' &&
          (state.result.ok
            ? `Connection "${state.result.connection.name}" authorized. You can close this window.`
            : `The app was not authorized. ${state.result.message} You can close this window.`)}
      </div>
      {state.phase === 'posted' && (
        <p>
          <Button onClick={() => window.close()}>Close this window</Button>
        </p>
      )}
      {state.phase === 'failed' && (
        <div className={styles.alert}>
          <p role="alert">{state.message}</p>
          <Link href="/">Back to connections</Link>
        </div>
      )}
    </section>
  );
}
