import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FileMigrationProvider, Migrator, sql, type Kysely } from 'kysely';
import { dialectOf } from './dialect.js';

/**
 * Every file of `migrations/` is a migration (`NNN-name.ts`, exporting `up` and `down`), applied in name order.
 * Names are permanent: a released migration is never renamed or edited.
 */
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const provider = new FileMigrationProvider({ fs, path, migrationFolder: MIGRATIONS_DIR });

/** Any advisory-lock key will do, as long as every Helpline instance uses the same one. */
export const MIGRATION_LOCK_KEY = 0x48656c70; // "Help"

/**
 * Applies every pending migration; returns the names it applied. Instances starting together take turns (an
 * advisory lock on PostgreSQL): one migrates, the others wait and then find nothing to do.
 */
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
  return dialectOf(db).withSessionLock(db, MIGRATION_LOCK_KEY, async (connection) => {
    // The migration tables live in the schema Helpline's tables go to (the first on the search_path).
    const schema =
      dialectOf(db).name === 'postgres'
        ? (await sql<{ schema: string }>`SELECT current_schema() AS schema`.execute(connection)).rows[0]?.schema
        : undefined;
    const { error, results } = await new Migrator({
      db: connection,
      provider,
      migrationTableSchema: schema,
    }).migrateToLatest();
    if (error) throw error instanceof Error ? error : new Error(String(error));
    return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
  });
}
