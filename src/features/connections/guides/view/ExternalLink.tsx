import type { ReactNode } from 'react';
import styles from './SetupGuide.module.css';

export function ExternalLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <a className={styles.link} href={href} target="_blank" rel="noopener noreferrer">
      {children} <span className={styles.newTab}>(opens in a new tab)</span>
    </a>
  );
}
