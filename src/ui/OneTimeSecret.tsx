import { useEffect, useRef, type ReactNode } from 'react';
import { Button } from './Button';
import { CopyButton } from './CopyButton';
import { cx } from '../lib/classNames';
import styles from './OneTimeSecret.module.css';
import pageStyles from './Page.module.css';

export interface OneTimeSecretProps {
  /** The heading's id: the section is named by it. */
  headingId: string;
  title: ReactNode;
  /** Before the warning: what the secret belongs to. */
  intro?: ReactNode;
  /** Why it must be copied now, and what to do if it is lost. */
  warning: ReactNode;
  /** "Key", "Secret": the word before it. */
  label: string;
  secret: string;
  copyLabel: string;
  copiedMessage: string;
  /** How to use it (a curl line, a verification). */
  children: ReactNode;
  /** "Done": the caller forgets the secret, and it leaves the page. */
  onDone: () => void;
}

/**
 * A secret shown this once (an API key, a webhook's signing secret): its heading takes focus, a
 * warning, the secret with a copy button, how to use it, then Done. The caller holds the secret
 * in its state only, never in a cache, a URL or storage.
 */
export function OneTimeSecret({ headingId, title, intro, warning, label, secret, copyLabel, copiedMessage, children, onDone }: OneTimeSecretProps) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <section aria-labelledby={headingId} className={cx(pageStyles.formCard, styles.notice)}>
      <h2 id={headingId} ref={heading} tabIndex={-1} className={pageStyles.sectionTitle}>
        {title}
      </h2>
      {intro}
      <p className={styles.warning}>{warning}</p>
      <p className={styles.secretLine}>
        <span>{label}:</span> <code className={styles.secret}>{secret}</code>
        <CopyButton text={secret} label={copyLabel} copiedMessage={copiedMessage} />
      </p>
      {children}
      <div className={styles.done}>
        <Button variant="primary" onClick={onDone}>
          Done
        </Button>
      </div>
    </section>
  );
}
