import { useId, useState, type FormEvent } from 'react';
import { bigcommerceStores } from '../../fixtures/bigcommerce';
import { issueAuthorizationCode } from '../codes';
import { callbackUrl, type ConsentRequest } from './consentRequest';
import styles from './ConsentPage.module.css';

type ValidRequest = Extract<ConsentRequest, { ok: true }>;

export const CANCEL_DESCRIPTION = 'The user cancelled the authorization.';

interface ConsentFormProps {
  readonly request: ValidRequest;
  readonly navigate: (url: string) => void;
}

/** The app, the store it will reach (choosable among the account's stores) and the scopes asked for. */
export function ConsentForm({ request, navigate }: ConsentFormProps) {
  const ids = { store: useId(), storeHelp: useId(), scopes: useId() };
  const inAccount = bigcommerceStores.some((store) => store.hash === request.requestedHash);
  const [storeHash, setStoreHash] = useState(inAccount ? request.requestedHash! : bigcommerceStores[0]!.hash);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string>();
  const store = bigcommerceStores.find((candidate) => candidate.hash === storeHash) ?? bigcommerceStores[0]!;
  const { app } = request;

  async function authorize(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const issued = await issueAuthorizationCode({ clientId: app.clientId, storeHash, scopes: request.scopes, redirectUri: request.redirectUri });
      navigate(
        callbackUrl(request.redirectUri, {
          code: issued.code,
          scope: issued.scope,
          context: issued.context,
          account_uuid: issued.accountUuid,
          state: request.state,
        }),
      );
    } catch (cause) {
      setError(`BigCommerce could not authorize the app: ${cause instanceof Error ? cause.message : String(cause)} Try again.`);
      setBusy(false);
    }
  }

  function cancel() {
    setBusy(true);
    navigate(callbackUrl(request.redirectUri, { error: 'access_denied', error_description: CANCEL_DESCRIPTION, state: request.state }));
  }

  return (
    <form onSubmit={(event) => void authorize(event)} aria-busy={busy}>
      <h1 className={styles.title}>Authorize {app.name}</h1>
      <p>
        <strong>{app.name}</strong> wants to access <strong>{store.name}</strong> (store hash <code>{store.hash}</code>).
      </p>
      <div className={styles.field}>
        <label htmlFor={ids.store} className={styles.label}>
          Store
        </label>
        <select
          id={ids.store}
          className={styles.select}
          value={storeHash}
          aria-describedby={ids.storeHelp}
          disabled={busy}
          onChange={(event) => setStoreHash(event.target.value)}
        >
          {bigcommerceStores.map((candidate) => (
            <option key={candidate.hash} value={candidate.hash}>
              {candidate.name} ({candidate.hash})
            </option>
          ))}
        </select>
        <p id={ids.storeHelp} className={styles.help}>
          {request.requestedHash && !inAccount
            ? `The app asked for store ${request.requestedHash}, which is not in this BigCommerce account. Choose one of your stores.`
            : `Signed in as ${store.owner.email}. The app is installed on the store you choose.`}
        </p>
      </div>
      <h2 id={ids.scopes} className={styles.subtitle}>
        This app will be able to
      </h2>
      <ul className={styles.scopes} aria-labelledby={ids.scopes}>
        {request.scopeLines.map((line) => (
          <li key={line.scope}>
            <span className={styles.resource}>{line.resource}</span>
            {line.level ? <span className={styles.level}>{line.level}</span> : null}
          </li>
        ))}
      </ul>
      <div role="alert" className={error ? styles.error : undefined}>
        {error}
      </div>
      <div className={styles.actions}>
        <button type="submit" className={styles.primary} disabled={busy}>
          Authorize
        </button>
        <button type="button" className={styles.secondary} disabled={busy} onClick={cancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
