import { Migrator, PostgresAdapter, sql, type Kysely, type Migration, type MigrationProvider } from 'kysely';
import * as initial from './001-initial.js';
import * as delivery from './002-delivery.js';

/** Every migration, in order. Names are permanent: a released migration is never renamed or edited. */
const MIGRATIONS: Record<string, Migration> = {
  '001-initial': initial,
  '002-delivery': delivery,
};

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS };

/** Any advisory-lock key will do, as long as every Helpline instance uses the same one. */
export const MIGRATION_LOCK_KEY = 0x48656c70; // "Help"

async function migrate(db: Kysely<any>, migrationTableSchema?: string): Promise<string[]> {
  const { error, results } = await new Migrator({ db, provider, migrationTableSchema }).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/**
 * Applies every pending migration; returns the names it applied. On PostgreSQL, instances starting together
 * serialize on an advisory lock: one migrates, the others wait and then find nothing to do.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  if (!(db.getExecutor().adapter instanceof PostgresAdapter)) return migrate(db);
  return db.connection().execute(async (connection) => {
    await sql`SELECT pg_advisory_lock(${MIGRATION_LOCK_KEY})`.execute(connection);
    try {
      // The migration tables live in the schema Helpline's tables go to (the first on the search_path).
      const { rows } = await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(connection);
      return await migrate(connection, rows[0]?.schema);
    } finally {
      await sql`SELECT pg_advisory_unlock(${MIGRATION_LOCK_KEY})`.execute(connection);
    }
  });
}
