import type { ReactNode } from 'react';
import styles from './SetupGuideLayout.module.css';

/**
 * The form with its guide column: side by side on wide screens (form left, guide right). The form
 * comes first in the DOM, as it does on screen, so that keyboard and screen-reader order match
 * what is seen: the form, then its guide. On narrow screens the column is empty and hidden: the
 * (collapsed) guide stands at the top of the panel instead, before the fields (GuideTopSlot).
 */
export function SetupGuideLayout({ guide, children }: { guide: ReactNode; children: ReactNode }) {
  return (
    <div className={styles.layout}>
      <div className={styles.form}>{children}</div>
      <div className={styles.guide}>{guide}</div>
    </div>
  );
}
