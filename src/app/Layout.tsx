import { lazy, Suspense, useEffect, useRef, type ReactNode } from 'react';
import { Link, useLocation } from 'wouter';
import { ResetDemoButton } from '../features/connections/list/ResetDemoButton';
import { focusPageHeading } from '../ui/PageHeading';
import { StatusRegion, useStatus } from '../ui/StatusMessage';
import { leadsTo } from '../lib/leadsTo';
import styles from './Layout.module.css';

// Who is signed in, on the server build only (a constant): a chunk of its own, since the header
// shows nothing of it until the session query has answered anyway.
// If its chunk cannot load, the header goes without it rather than taking the page down.
const SessionBar =
  import.meta.env.MODE === 'server'
    ? lazy(() =>
        import('../features/session/SessionBar').then(
          (module) => ({ default: module.SessionBar }),
          () => ({ default: () => null }),
        ),
      )
    : null;

/** Moves focus to the new page's h1 after a client-side navigation (not on the first load). */
function useFocusOnNavigate(location: string) {
  const previous = useRef(location);
  useEffect(() => {
    if (previous.current === location) return;
    previous.current = location;
    focusPageHeading();
  }, [location]);
}

/** A confirmation belongs to the list it confirms: leaving the list drops it. */
function useClearStatusAwayFromHome(location: string) {
  const { clear } = useStatus();
  useEffect(() => {
    if (location !== '/') clear();
  }, [location, clear]);
}

/** A header link's aria-current: its own page, or (true) a page under it, such as a connection's form. */
function currentOf(location: string, href: string): 'page' | true | undefined {
  if (location === href) return 'page';
  return location.startsWith(href === '/' ? '/connections/' : `${href}/`) ? true : undefined;
}

export function Layout({ children }: { children: ReactNode }) {
  const [location] = useLocation();
  useFocusOnNavigate(location);
  useClearStatusAwayFromHome(location);

  return (
    <div className={styles.shell}>
      <a className={styles.skipLink} href="#main">
        Skip to main content
      </a>
      <header className={styles.header}>
        <div className={styles.bar}>
          <Link href="/" className={styles.brand} {...leadsTo('list')}>
            <svg className={styles.logo} viewBox="0 0 32 32" aria-hidden="true" focusable="false">
              <rect width="32" height="32" rx="7" fill="currentColor" />
              <path d="M10 8h7.5a4.5 4.5 0 0 1 0 9H10zM10 17h8.5a4.5 4.5 0 0 1 0 9H10z" fill="none" stroke="#fff" strokeWidth="2.6" strokeLinejoin="round" />
            </svg>
            <span className="visually-hidden-narrow">BigCommerce connections</span>
          </Link>
          <nav aria-label="Main" className={styles.nav}>
            <ul className={styles.navList}>
              <li>
                <Link href="/" className={styles.navLink} aria-current={currentOf(location, '/')} {...leadsTo('list')}>
                  Connections
                </Link>
              </li>
            </ul>
          </nav>
          {/* Who is signed in (the server build only, a constant): nothing until the session is known. */}
          {SessionBar && (
            <Suspense fallback={null}>
              <SessionBar />
            </Suspense>
          )}
        </div>
      </header>
      <main id="main" tabIndex={-1} className={styles.main}>
        <StatusRegion />
        {children}
      </main>
      {/* Served by the real server, there is no demo to reset (a constant per build). */}
      {import.meta.env.MODE !== 'server' && (
        <footer className={styles.footer}>
          <section aria-labelledby="demo-heading" className={styles.demo}>
            <h2 id="demo-heading" className={styles.demoTitle}>
              Demo
            </h2>
            <p className={styles.demoText}>This app runs on simulated data in your browser. Nothing reaches a real store.</p>
            <ResetDemoButton />
          </section>
        </footer>
      )}
    </div>
  );
}
