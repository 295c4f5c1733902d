import type { Connection } from '../schema';
import { Button } from '../../../ui/Button';
import { openAuthorizationWindow, popupBlockedMessage, setFlow, useAuthorizationFlow, type AuthorizationFlow, type FlowFailureReason } from './authorizationFlow';
import { SavedConnectionTest } from '../test/ConnectionTest';
import { scopeUiNames, splitGrantedScopes } from '../test/connectionTestModel';
import { fieldId } from '../form/formModel';
import { useAuthorize } from './useAuthorize';
import styles from '../test/ConnectionChecks.module.css';

type OAuthConnection = Extract<Connection, { authType: 'oauth2' }>;

/** What the person can do about each failure, beyond what the message says. */
function hintOf(reason: FlowFailureReason, storeHash: string): string | null {
  switch (reason) {
    case 'invalid_client':
      return 'Go to the OAuth 2.0 client field, press Edit OAuth 2.0 client, enter the client secret again and save it; then press Authorize again.';
    case 'store_mismatch':
      return `On the BigCommerce page, keep the Store set to ${storeHash}.`;
    case 'invalid_grant':
      return 'Each authorization code works once. Press Authorize again to get a new one.';
    default:
      return null;
  }
}

function FlowStatus({ flow, name }: { flow: AuthorizationFlow | undefined; name: string }) {
  let text = '';
  if (flow?.phase === 'starting') text = `Connection “${name}” saved. Opening BigCommerce…`;
  if (flow?.phase === 'waiting') text = `Connection “${name}” saved. Approve the app in the BigCommerce window to finish the authorization.`;
  return (
    <p role="status" className={styles.waiting}>
      {text}
    </p>
  );
}

/**
 * OAuth 2.0 in the panel: whether the saved connection is authorized and with which scopes, the
 * progress of "Save & authorize", its failures with a way on, and a test once authorized.
 */
export function OAuthAuthorization({ saved }: { saved?: OAuthConnection }) {
  const flow = useAuthorizationFlow(saved?.id);
  const { authorize } = useAuthorize();
  const granted = saved?.authorization ? splitGrantedScopes(saved.authorization.grantedScopes) : undefined;

  const authorizeAgain = () => {
    if (!saved) return;
    // Opened here, in the click, so that the browser lets it open.
    authorize(saved, openAuthorizationWindow());
  };

  return (
    <>
      <div className={styles.authorization} role="group" aria-label="Authorization">
        {granted ? (
          <>
            <p className={styles.authorized}>Authorized: {granted.resources.length > 0 ? scopeUiNames(granted.resources) : 'no store resources'}</p>
            {granted.others.length > 0 && <p className={styles.note}>BigCommerce also granted the scopes every app gets: {granted.others.join(', ')}.</p>}
          </>
        ) : saved ? (
          <p className={styles.notAuthorized}>Not authorized yet.</p>
        ) : null}
        <p className={styles.note}>
          Save & authorize saves the connection, then opens BigCommerce in a popup window, where you approve the app for the store.
        </p>
        <FlowStatus flow={flow} name={saved?.name ?? ''} />
        {saved && flow?.phase === 'blocked' && (
          <div className={styles.alert}>
            <div role="alert">
              <p className={styles.alertTitle}>{popupBlockedMessage}</p>
              <p>
                Your browser did not let this page open BigCommerce in a new window. Continue in this tab (you come back here when
                BigCommerce is done), or allow popups for this site and press Authorize again.
              </p>
            </div>
            <div className={styles.row}>
              <Button variant="primary" onClick={() => window.location.assign(flow.authorizeUrl)}>
                Continue in this tab
              </Button>
              <Button onClick={authorizeAgain}>Authorize again</Button>
            </div>
          </div>
        )}
        {saved && flow?.phase === 'failed' && (
          <div className={styles.alert}>
            <div role="alert">
              <p className={styles.alertTitle}>“{saved.name}” was not authorized.</p>
              <p>{flow.message}</p>
              {hintOf(flow.reason, saved.storeHash) && <p>{hintOf(flow.reason, saved.storeHash)}</p>}
            </div>
            <div className={styles.row}>
              <Button variant="primary" onClick={authorizeAgain}>
                Authorize again
              </Button>
              {flow.reason === 'invalid_client' && (
                <Button onClick={() => document.getElementById(fieldId('oauthClientId'))?.focus()}>Go to the OAuth 2.0 client</Button>
              )}
              <Button variant="quiet" onClick={() => setFlow(saved.id, undefined)}>
                Dismiss<span className="visually-hidden"> the authorization message</span>
              </Button>
            </div>
          </div>
        )}
      </div>
      {saved?.authorization && <SavedConnectionTest connection={saved} />}
    </>
  );
}
