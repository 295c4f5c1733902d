import { memo } from 'react';
import { RichText } from './RichText';
import styles from './SetupGuide.module.css';
import type { Guide } from '../data/types';

/** The steps on BigCommerce's older screens, for people whose screens have not changed yet. */
export const OlderSteps = memo(function OlderSteps({ guide }: { guide: Guide }) {
  if (guide.olderSteps.length === 0) return null;
  return (
    <details className={styles.older}>
      <summary className={styles.olderSummary}>Older BigCommerce screens?</summary>
      <ol className={styles.olderSteps}>
        {guide.olderSteps.map((text) => (
          <li key={text}>{text}</li>
        ))}
      </ol>
      {guide.olderNote && (
        <p className={styles.note}>
          <RichText text={guide.olderNote} />
        </p>
      )}
    </details>
  );
});
