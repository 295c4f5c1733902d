import type { ReactNode } from 'react';
import { Button } from './Button';
import styles from './ErrorAlert.module.css';

export interface ErrorAlertProps {
  /** What went wrong and what to do (role=alert). */
  children: ReactNode;
  /** Offers a "Retry" button when given. */
  onRetry?: () => void;
  retrying?: boolean;
  retryLabel?: string;
}

/** A failure message (role=alert) with an optional Retry button outside the live region. */
export function ErrorAlert({ children, onRetry, retrying = false, retryLabel = 'Retry' }: ErrorAlertProps) {
  return (
    <div className={styles.box}>
      <div role="alert" className={styles.text}>
        {children}
      </div>
      {onRetry && (
        <Button onClick={onRetry} busy={retrying}>
          {retrying ? 'Retrying…' : retryLabel}
        </Button>
      )}
    </div>
  );
}
