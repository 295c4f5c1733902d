// The simulated BigCommerce consent screen ("install app"), opened in a popup at
// /__bigcommerce/consent. It is BigCommerce's page, not ours: it looks and words itself like
// BigCommerce, and its only effect is a code (persisted) and a redirect to the app's Redirect URL.
import { useEffect, useMemo } from 'react';
import { ConsentForm } from './ConsentForm';
import { readConsentRequest } from './consentRequest';
import styles from './ConsentPage.module.css';

export interface ConsentPageProps {
  /** location.search of the consent page. */
  readonly search: string;
  /** Leaves the page (location.assign in the browser). */
  readonly navigate: (url: string) => void;
  /** Closes the window; given only when the page is a popup that script may close. */
  readonly close?: () => void;
}

export function ConsentPage({ search, navigate, close }: ConsentPageProps) {
  const request = useMemo(() => readConsentRequest(search), [search]);
  const title = request.ok ? `Authorize ${request.app.name}` : request.title;

  useEffect(() => {
    document.title = `${title} | BigCommerce`;
  }, [title]);

  return (
    <div className={styles.page}>
      <header className={styles.banner}>
        <span className={styles.logo} aria-hidden="true">
          B
        </span>
        <span className={styles.brand}>BigCommerce</span>
      </header>
      <main className={styles.main}>
        <div className={styles.card}>
          {request.ok ? (
            <ConsentForm request={request} navigate={navigate} />
          ) : (
            <>
              <h1 className={styles.title}>{request.title}</h1>
              <p className={styles.error}>{request.message}</p>
              <div className={styles.actions}>
                {close ? (
                  <button type="button" className={styles.primary} onClick={close}>
                    Close this window
                  </button>
                ) : null}
                <a className={styles.secondary} href="/">
                  Back to the connection wizard
                </a>
              </div>
            </>
          )}
        </div>
      </main>
      <footer className={styles.footer}>
        A simulated BigCommerce page for the demo: nothing you choose here leaves this browser.
      </footer>
    </div>
  );
}
