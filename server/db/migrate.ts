import { Migrator, type Migration } from 'kysely';
import { migrations } from './migrations';
import type { ServerDatabase } from './openDatabase';

/**
 * Applies the migrations not yet applied, in one transaction under Kysely's migration lock, and
 * records them in its `kysely_migration` table; a second server starting at once waits.
 */
export async function migrateToLatest(database: ServerDatabase, all: Readonly<Record<string, Migration>> = migrations): Promise<void> {
  const migrator = new Migrator({ db: database.kysely, provider: { getMigrations: async () => all } });
  const { error, results } = await migrator.migrateToLatest();
  if (error) {
    const failed = results?.find((result) => result.status === 'Error')?.migrationName;
    throw new Error(`Database migration ${failed ?? ''} failed; nothing of it was applied.`, { cause: error });
  }
}
