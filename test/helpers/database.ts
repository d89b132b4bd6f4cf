/**
 * The database a test run uses: the whole suite runs once on SQLite and once on PostgreSQL (HELPLINE_TEST_DATABASE),
 * each test on a fresh database or schema that is dropped afterwards.
 */
import { randomBytes } from 'node:crypto';
import { join } from 'node:path';
import type { TestContext } from 'node:test';
import pg from 'pg';
import { MIGRATION_LOCK_KEY } from '../../src/core/store/migrate.js';

export const TEST_DIALECT: 'sqlite' | 'postgres' =
  process.env.HELPLINE_TEST_DATABASE === 'postgres' ? 'postgres' : 'sqlite';
export const TEST_DATABASE_URL = process.env.TEST_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';

let admin: pg.Pool | undefined;
const adminPool = () => (admin ??= new pg.Pool({ connectionString: TEST_DATABASE_URL, max: 2, allowExitOnIdle: true }));

/**
 * Drops a test's schema. A test's server may still be delivering when its after-hooks start (they run in the order
 * they were added, and the schema's hook comes first), so PostgreSQL can pick the DROP as a deadlock victim: retry.
 */
async function dropSchema(client: pg.PoolClient, schema: string): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await client.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== '40P01' || attempt >= 5) throw error;
      await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
    }
  }
}

/** A fresh, empty PostgreSQL schema, dropped after the test; the URL selects it through search_path. */
export async function freshPostgresUrl(t: TestContext): Promise<{ url: string; schema: string }> {
  const schema = `t_${randomBytes(8).toString('hex')}`;
  await adminPool().query(`CREATE SCHEMA ${schema}`);
  // Dropped under the migrations' advisory lock: Kysely's migrator reads the whole catalog, which must not change
  // under it while another test's server starts.
  t.after(async () => {
    const client = await adminPool().connect();
    try {
      await client.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
      await dropSchema(client, schema);
    } finally {
      await client.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
      client.release();
    }
  });
  const url = new URL(TEST_DATABASE_URL);
  url.searchParams.set('options', `-c search_path=${schema}`);
  return { url: url.toString(), schema };
}

/** A database URL for one test: in memory (SQLite) or a fresh schema (PostgreSQL). */
export async function freshDatabaseUrl(t: TestContext): Promise<string> {
  return TEST_DIALECT === 'postgres' ? (await freshPostgresUrl(t)).url : 'sqlite::memory:';
}

/** A database URL that outlives one process (for tests that restart the server): a file, or a fresh schema. */
export async function durableDatabaseUrl(t: TestContext, dir: string): Promise<string> {
  return TEST_DIALECT === 'postgres' ? (await freshPostgresUrl(t)).url : `sqlite:${join(dir, 'data/helpline.db')}`;
}

export { adminPool };
