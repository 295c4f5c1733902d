import { memo } from 'react';
import styles from './SetupGuide.module.css';

/** Always mounted, so a warning that appears is announced once, politely. */
export const GuideWarnings = memo(function GuideWarnings({ warnings }: { warnings: readonly string[] }) {
  return (
    <div aria-live="polite">
      {warnings.length > 0 && (
        <ul className={styles.warnings} aria-label="Check these">
          {warnings.map((warning) => (
            <li key={warning} className={styles.warning}>
              <span aria-hidden="true">⚠ </span>
              {warning}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
});
