import { PostgresAdapter, sql, type Kysely, type SelectQueryBuilder } from 'kysely';
import type { Db } from './database.js';

/**
 * What differs between the databases Helpline ships, in one place: every repository and migration writes the same
 * Kysely queries and asks the dialect of its database for the rest.
 */
export interface Dialect {
  readonly name: 'sqlite' | 'postgres';
  /**
   * Makes a claim query (outbox work due now) skip rows another instance is claiming at the same moment, and lock
   * the rows it returns until its transaction ends. `of` names the table whose rows are claimed in a join.
   */
  lockClaimedRows<DB, TB extends keyof DB, O>(
    query: SelectQueryBuilder<DB, TB, O>,
    of?: TB & string,
  ): SelectQueryBuilder<DB, TB, O>;
  /** Serializes the calling transaction with every other one taking the same key, until it ends. */
  serializeTransaction(trx: Db, key: number): Promise<void>;
  /** Runs `work` on one connection while holding `key`, so instances starting together take turns. */
  withSessionLock<T>(db: Kysely<any>, key: number, work: (db: Kysely<any>) => Promise<T>): Promise<T>;
}

/** SQLite runs one write transaction at a time and one process owns the file: there is nothing to coordinate. */
const sqliteDialect: Dialect = {
  name: 'sqlite',
  lockClaimedRows: (query) => query,
  serializeTransaction: async () => undefined,
  withSessionLock: (db, _key, work) => work(db),
};

/** PostgreSQL serves several instances: row locks that skip what others hold, and advisory locks. */
const postgresDialect: Dialect = {
  name: 'postgres',
  lockClaimedRows: (query, of) => (of ? query.forUpdate(of) : query.forUpdate()).skipLocked(),
  async serializeTransaction(trx, key) {
    await sql`SELECT pg_advisory_xact_lock(${key})`.execute(trx);
  },
  withSessionLock: (db, key, work) =>
    db.connection().execute(async (connection) => {
      await sql`SELECT pg_advisory_lock(${key})`.execute(connection);
      try {
        return await work(connection);
      } finally {
        await sql`SELECT pg_advisory_unlock(${key})`.execute(connection);
      }
    }),
};

/** The dialect of a database (or of a transaction on it). */
export const dialectOf = (db: Kysely<any> | Db): Dialect =>
  db.getExecutor().adapter instanceof PostgresAdapter ? postgresDialect : sqliteDialect;
