import { useQuery } from '@tanstack/react-query';
import { useWatch } from 'react-hook-form';
import { listConnectionsQuery } from '../api';
import { storeHashSchema, type ConnectionFormValues } from '../schema';
import { connectionsToStore, duplicateStoreText } from './connectionTestModel';
import { useEditingConnectionId } from './editingContext';
import styles from './ConnectionChecks.module.css';

/**
 * Says, next to Store hash and without blocking the save, when another saved connection already
 * reaches the same store. A polite live region: it is heard once, when it appears.
 */
export function DuplicateStoreNotice() {
  const editingId = useEditingConnectionId();
  const storeHash = useWatch<ConnectionFormValues, 'storeHash'>({ name: 'storeHash' });
  const connections = useQuery(listConnectionsQuery());
  const parsed = storeHashSchema.safeParse(storeHash ?? '');
  const others = parsed.success ? connectionsToStore(connections.data ?? [], parsed.data, editingId) : [];
  return (
    <p role="status" className={styles.notice}>
      {parsed.success && others.length > 0 ? duplicateStoreText(others, parsed.data) : ''}
    </p>
  );
}
