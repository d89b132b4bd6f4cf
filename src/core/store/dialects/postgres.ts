import { randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { OpenOptions, Store } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import type { Database } from '../database.js';

// COUNT(*) and other int8 results as numbers (counts here stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

/** Tables whose rows hold message content: vacuumed after a redaction or deletion. */
const CONTENT_TABLES = ['messages', 'issues', 'events', 'idempotency_keys', 'attachments'];

/** PostgreSQL, pooled: for several instances sharing one database. */
export async function openPostgresStore(databaseUrl: string, options: OpenOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
  });
  // An idle client that loses its server must not crash the process; the pool replaces it.
  pool.on('error', () => undefined);
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  try {
    if (options.migrate !== false) await migrateToLatest(db);
  } catch (error) {
    await db.destroy();
    throw error;
  }

  return {
    db,
    dialect: 'postgres',
    instanceId: randomUUID(),
    dataDirectory: undefined,
    async purgeResidue() {
      // An UPDATE or DELETE leaves the old row version as a dead tuple; VACUUM prunes it from the table and its
      // TOAST storage so the space is reused. WAL segments, replicas and backups keep what they had (README).
      await sql.raw(`VACUUM ${CONTENT_TABLES.join(', ')}`).execute(db);
    },
    async ping() {
      await sql`SELECT 1`.execute(db);
    },
    poolStats: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    async close() {
      await db.destroy();
    },
  };
}
