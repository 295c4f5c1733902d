import type { ReactNode } from 'react';
import styles from './SetupGuideLayout.module.css';

/**
 * The form with its guide: side by side on wide screens, the (collapsed) guide above the form on
 * narrow ones. The guide comes first in the DOM so that on a narrow screen it is found before the
 * form; it is its own landmark, so reading order across the two does not carry meaning.
 */
export function SetupGuideLayout({ guide, children }: { guide: ReactNode; children: ReactNode }) {
  return (
    <div className={styles.layout}>
      <div className={styles.guide}>{guide}</div>
      <div className={styles.form}>{children}</div>
    </div>
  );
}
