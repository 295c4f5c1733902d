import { useId } from 'react';
import { Button } from '../../../ui/Button';
import type { Draft } from './draftSchema';
import { dateFormat } from '../../../lib/dateFormat';
import styles from './DraftRestoreOffer.module.css';

const when = dateFormat(undefined, { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });

interface DraftRestoreOfferProps {
  draft: Draft;
  /** The connection's last change, when it came after the draft: restoring would undo it. */
  changedSince?: string;
  onRestore: () => void;
  onDiscard: () => void;
}

/** "You have unsaved changes from Nov 26, 13:05. Restore them?" with Restore / Discard. */
export function DraftRestoreOffer({ draft, changedSince, onRestore, onDiscard }: DraftRestoreOfferProps) {
  const titleId = useId();
  return (
    <section className={styles.offer} aria-labelledby={titleId}>
      <h2 id={titleId} className={styles.title}>
        Unsaved changes
      </h2>
      <p className={styles.text}>
        You have unsaved changes from <time dateTime={draft.savedAt}>{when.format(new Date(draft.savedAt))}</time>. Restore them? Passwords, tokens
        and secrets are never kept: enter them again.
      </p>
      {changedSince && (
        <p className={styles.text}>
          <strong>The connection has changed since</strong> (<time dateTime={changedSince}>{when.format(new Date(changedSince))}</time>): restoring puts
          the draft's values over the newer ones. Discard the draft to keep them.
        </p>
      )}
      <div className={styles.actions}>
        <Button variant="primary" onClick={onRestore}>
          Restore draft
        </Button>
        <Button onClick={onDiscard}>Discard draft</Button>
      </div>
    </section>
  );
}
