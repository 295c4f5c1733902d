import { useInfiniteQuery } from '@tanstack/react-query';
import { listConnectionsQuery, loadedConnections } from '../api';
import type { ConnectionFormValues } from '../schema';
import { normalizeStoreHash, storeHashPattern } from '../schema/plain';
import { connectionsToStore, duplicateStoreText } from './connectionTestModel';
import { useEditingConnectionId } from '../form/editingContext';
import { useDeferredFormSnapshot } from '../form/useFormSnapshot';
import styles from './ConnectionChecks.module.css';

/** The store hash as the schema reads it (the same normaliser and pattern), or undefined while it is not a valid one. */
function validStoreHash(value: string | undefined): string | undefined {
  const { hash } = normalizeStoreHash(value ?? '');
  return hash.length > 0 && storeHashPattern.test(hash) ? hash : undefined;
}

const storeHashFields = ['storeHash'] as const;
const validStoreHashOf = (values: Partial<ConnectionFormValues>) => validStoreHash(values.storeHash);

/**
 * Says, next to Store hash and without blocking the save, when another saved connection already
 * reaches the same store. A polite live region: it is heard once, when it appears.
 */
export function DuplicateStoreNotice() {
  const editingId = useEditingConnectionId();
  // Re-renders when the valid hash changes, in a transition: the keystroke paints first.
  const storeHash = useDeferredFormSnapshot(validStoreHashOf, storeHashFields);
  // A search for the hash (`?q=`), then the exact hash among what it found: never the whole list.
  const found = useInfiniteQuery({ ...listConnectionsQuery({ q: storeHash ?? '' }), enabled: storeHash !== undefined });
  const others = storeHash !== undefined ? connectionsToStore(loadedConnections(found.data), storeHash, editingId) : [];
  return (
    <p role="status" className={styles.notice}>
      {storeHash !== undefined && others.length > 0 ? duplicateStoreText(others, storeHash) : ''}
    </p>
  );
}
