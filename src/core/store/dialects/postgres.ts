import { createHash, randomUUID } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import type { OpenOptions, Store } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { ARRAY_ROWS_MARKER } from '../prepared.js';
import type { Database } from '../database.js';

// COUNT(*) and other int8 results as numbers (counts here stay far below 2^53).
pg.types.setTypeParser(pg.types.builtins.INT8, (value) => Number.parseInt(value, 10));

/**
 * Queries marked by `preparedRows` run as named prepared statements (parsed and planned once per connection) and
 * answer their rows as arrays; every other query goes through unchanged.
 */
function readArrayRowsWhenMarked(client: pg.PoolClient): void {
  const query = client.query.bind(client) as (...args: unknown[]) => unknown;
  const names = new Map<string, string>();
  client.query = ((...args: unknown[]) => {
    const [text, values] = args;
    if (typeof text !== 'string' || !text.startsWith(ARRAY_ROWS_MARKER)) return query(...args);
    let name = names.get(text);
    if (!name) names.set(text, (name = `helpline_${createHash('sha1').update(text).digest('hex').slice(0, 20)}`));
    return query({ text, values, rowMode: 'array', name });
  }) as typeof client.query;
}

/** PostgreSQL, pooled: for several instances sharing one database. */
export async function openPostgresStore(databaseUrl: string, options: OpenOptions): Promise<Store> {
  const pool = new pg.Pool({
    connectionString: databaseUrl,
    max: options.poolSize ?? 10,
    connectionTimeoutMillis: 5_000,
  });
  // A client that loses its server must not crash the process: an idle one is replaced by the pool, and a checked-out
  // one fails its query (the caller answers 503), but also emits 'error', which nothing else listens to.
  pool.on('error', () => undefined);
  pool.on('connect', (client) => {
    client.on('error', () => undefined);
    readArrayRowsWhenMarked(client);
  });
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
    async purgeResidue(tables) {
      if (tables.length === 0) return;
      // An UPDATE or DELETE leaves the old row version as a dead tuple; VACUUM prunes it from the table and its
      // TOAST storage. Only the tables that held the text are vacuumed, and without index cleanup: pruning the heap
      // removes the tuple's data, while index cleanup (a full scan of every index) would remove only pointers to it.
      // WAL segments, replicas and backups keep what they had (README).
      // The full-text index holds the words of every indexed text (titles, bodies, articles): pruned with them.
      const list = [...new Set([...tables, 'search_documents'])].join(', ');
      await sql.raw(`VACUUM (INDEX_CLEANUP OFF, TRUNCATE OFF) ${list}`).execute(db);
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
