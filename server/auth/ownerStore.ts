import type { ServerDatabase } from '../db/openDatabase';

export interface Owner {
  readonly email: string;
  readonly passwordHash: string;
}

const ownerId = 'owner';

/** The one owner account. */
export function sqlOwnerStore(database: ServerDatabase) {
  const db = database.kysely;
  return {
    async find(): Promise<Owner | undefined> {
      const row = await db.selectFrom('owner').select(['email', 'password_hash']).where('id', '=', ownerId).executeTakeFirst();
      return row && { email: row.email, passwordHash: row.password_hash };
    },

    /**
     * Creates the owner, inside `trx` when given; false when one exists already (the fixed
     * primary key: whoever inserts second inserts nothing, on any server).
     */
    async create(owner: Owner, at: string, trx: typeof db = db): Promise<boolean> {
      const result = await trx
        .insertInto('owner')
        .values({ id: ownerId, email: owner.email, password_hash: owner.passwordHash, created_at: at, updated_at: at })
        .onConflict((conflict) => conflict.column('id').doNothing())
        .executeTakeFirst();
      return result.numInsertedOrUpdatedRows === 1n;
    },

    async setPasswordHash(passwordHash: string, at: string): Promise<void> {
      await db.updateTable('owner').set({ password_hash: passwordHash, updated_at: at }).where('id', '=', ownerId).execute();
    },
  };
}
export type OwnerStore = ReturnType<typeof sqlOwnerStore>;

