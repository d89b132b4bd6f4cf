import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Transaction } from 'kysely';
import { migrateToLatest } from './migrations/index.js';
import type { Database } from './schema.js';

/** Either the database itself or a transaction on it: every repository function takes one as its first argument. */
export type Db = Kysely<Database> | Transaction<Database>;

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: 'sqlite';
  /** The folder holding the database files, or undefined for an in-memory database. */
  readonly dataDirectory: string | undefined;
  /**
   * Makes the bytes of rows just rewritten or deleted unrecoverable from the database files. Called after a
   * redaction or deletion has committed, before the API answers.
   */
  purgeResidue(): Promise<void>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
}

/** Opens the database named by a `DATABASE_URL` and brings its schema up to date. */
export async function openStore(databaseUrl: string, options: OpenOptions = {}): Promise<Store> {
  const location = databaseUrl.replace(/^sqlite:/, '');
  const inMemory = location === ':memory:';
  const file = inMemory ? ':memory:' : resolve(location);
  if (!inMemory) mkdirSync(dirname(file), { recursive: true });

  const sqlite = new SQLite(file);
  // WAL keeps readers and the writer apart; a commit is in the OS's hands before the API answers, so it survives
  // the process being killed. secure_delete zeroes the space a deleted or rewritten row leaves behind.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('busy_timeout = 5000');

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) });
  if (options.migrate !== false) await migrateToLatest(db as Kysely<unknown>);

  return {
    db,
    dialect: 'sqlite',
    dataDirectory: inMemory ? undefined : dirname(file),
    async purgeResidue() {
      // The WAL still holds earlier page images (the original text among them): copy the current pages into the
      // database file and cut the WAL to zero bytes.
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    },
    async ping() {
      await sql`SELECT 1`.execute(db);
    },
    async close() {
      await db.destroy();
    },
  };
}

/** True when a write failed on a unique or primary-key constraint (another writer got there first). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
