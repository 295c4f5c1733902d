import { useId } from 'react';
import { fieldText } from '../schema/plain';
import type { Draft } from './draftSchema';
import { secretFields } from './draftStore';
import styles from './DraftRestoreOffer.module.css';

/** The secrets of the draft's auth type, by their labels ("Access token"); none before a type is chosen. */
export function secretLabelsOf(draft: Draft): string[] {
  const values = draft.values;
  if (!('authType' in values)) return [];
  return secretFields[values.authType].map((name) => fieldText[name].label);
}

/**
 * After the session ended mid-form and the person signed in again: what they typed is back, and
 * which secrets they must type again (secrets are never kept in a draft).
 */
export function ResumedDraftNotice({ draft }: { draft: Draft }) {
  const titleId = useId();
  const secrets = secretLabelsOf(draft);
  return (
    <section className={styles.offer} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        Your changes are back
      </h2>
      <p className={styles.text}>Your session ended before you saved. Everything you typed is restored, except secrets, which are never kept.</p>
      {secrets.length > 0 && (
        <p className={styles.text}>
          Enter the <strong>{secrets.join(' and ')}</strong> again, then save.
        </p>
      )}
    </section>
  );
}
