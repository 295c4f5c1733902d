import { temporaryDataDir, handles, type TestDatabase } from './handles';

/** A TestDatabase on a PostgreSQL the test runs itself (ownPostgres.ts), for startServerChild. */
export function postgresAt(url: string): TestDatabase & { closeAll(): Promise<void> } {
  const target = { kind: 'postgres', url } as const;
  const { connect, open, closeAll } = handles(target);
  return {
    target,
    dataDir: temporaryDataDir(),
    connect,
    open,
    closeAll,
    rawContents: () => Promise.reject(new Error('not kept for a PostgreSQL of the test’s own')),
  };
}
