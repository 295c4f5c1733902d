import { useQueryClient } from '@tanstack/react-query';
import { useId, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { Link, useLocation } from 'wouter';
import { leaveGuard } from '../../lib/leaveGuard';
import { useSignOut } from './api/signOut';
import { forgetSession } from './api/storeSession';
import { sessionFailure } from './api/failure';
import { leaveForSignIn } from './leaveForSignIn';
import { sessionPaths } from './paths';
import styles from './AccountMenu.module.css';

/** "Signed in as EMAIL": a disclosure with its items (API keys, Webhooks, Activity, Change password, Sign out); on a narrow screen an icon, with the email in the menu. */
export function AccountMenu({ email }: { email: string }) {
  // Open on the page it was opened on: following one of its links closes it.
  const [openOn, setOpenOn] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [location] = useLocation();
  const open = openOn === location;
  const setOpen = (value: boolean) => setOpenOn(value ? location : null);
  const menuId = useId();
  const button = useRef<HTMLButtonElement>(null);
  const queryClient = useQueryClient();
  const signOut = useSignOut();

  const close = (refocus: boolean) => {
    setOpen(false);
    if (refocus) button.current?.focus();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'Escape' && open) {
      event.stopPropagation();
      close(true);
    }
  };
  const onBlur = (event: FocusEvent<HTMLDivElement>) => {
    if (!event.currentTarget.contains(event.relatedTarget as Node | null)) setOpen(false);
  };
  // Unsaved changes are asked about first, as for any other way out of the page.
  const onSignOut = () =>
    leaveGuard.attempt(() => {
      setFailure(null);
      signOut.mutate(undefined, {
        onSuccess: () => {
          leaveForSignIn(sessionPaths.signIn, 'signed-out');
          forgetSession(queryClient);
        },
        onError: (error) => setFailure(`You are still signed in. ${sessionFailure(error).message}`),
      });
    });

  return (
    <div className={styles.account} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button ref={button} type="button" className={styles.toggle} aria-expanded={open} aria-controls={menuId} onClick={() => setOpen(!open)}>
        <svg className={styles.person} viewBox="0 0 20 20" aria-hidden="true" focusable="false">
          <circle cx="10" cy="6.5" r="3.5" fill="none" stroke="currentColor" strokeWidth="2" />
          <path d="M3 18c.8-3.6 3.6-5.5 7-5.5s6.2 1.9 7 5.5" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
        {/* On a narrow screen the icon stands for it, and the menu says who is signed in. */}
        <span className="visually-hidden-narrow">
          <span className={styles.who}>Signed in as</span> <span className={styles.email}>{email}</span>
        </span>
        <svg className={styles.chevron} viewBox="0 0 16 16" aria-hidden="true" focusable="false">
          <path d="M4 6l4 4 4-4" fill="none" stroke="currentColor" strokeWidth="2" />
        </svg>
      </button>
      <div id={menuId} className={styles.menu} hidden={!open}>
        <p className={styles.signedInAs}>
          Signed in as <strong>{email}</strong>
        </p>
        <ul className={styles.items}>
          <li>
            <Link href={sessionPaths.apiKeys} className={styles.item}>
              API keys
            </Link>
          </li>
          <li>
            <Link href={sessionPaths.webhooks} className={styles.item}>
              Webhooks
            </Link>
          </li>
          <li>
            <Link href={sessionPaths.activity} className={styles.item}>
              Activity
            </Link>
          </li>
          <li>
            <Link href={sessionPaths.changePassword} className={styles.item}>
              Change password
            </Link>
          </li>
          <li>
            <button type="button" className={styles.item} onClick={onSignOut} aria-disabled={signOut.isPending || undefined}>
              {signOut.isPending ? 'Signing out…' : 'Sign out'}
            </button>
          </li>
        </ul>
        {failure && (
          <p role="alert" className={styles.failure}>
            {failure}
          </p>
        )}
      </div>
    </div>
  );
}
