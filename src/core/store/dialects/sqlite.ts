import { randomUUID } from 'node:crypto';
import { SEARCHABLE_TEXT_FUNCTION, searchableText } from '../../search/search-text.js';
import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import SQLite from 'better-sqlite3';
import { ConfigError } from '../../../config.js';
import { Kysely, SqliteDialect, sql } from 'kysely';
import type { OpenOptions, Store } from '../database.js';
import { migrateToLatest } from '../migrate.js';
import { ARRAY_ROWS_MARKER } from '../prepared.js';
import type { Database } from '../database.js';

/** Prepared statements kept per SQL text: preparing costs about as much as running a simple query. */
const STATEMENT_CACHE_SIZE = 500;

/**
 * The database as Kysely's driver sees it, with a statement cache in front of `prepare`: the driver prepares every
 * query it runs, and Helpline runs the same few hundred queries over and over.
 */
function withStatementCache(sqlite: SQLite.Database) {
  const cache = new Map<string, SQLite.Statement>();
  return {
    close: () => {
      cache.clear();
      sqlite.close();
    },
    prepare(sql: string) {
      let statement = cache.get(sql);
      if (statement) {
        // Most recently used last, so the first key is the one to evict.
        cache.delete(sql);
      } else {
        statement = sqlite.prepare(sql);
        if (statement.reader && sql.startsWith(ARRAY_ROWS_MARKER)) statement.raw(true);
        if (cache.size >= STATEMENT_CACHE_SIZE) cache.delete(cache.keys().next().value!);
      }
      cache.set(sql, statement);
      return statement;
    },
  };
}

/** The file a `sqlite:` DATABASE_URL names, resolved from the working directory; or `:memory:`. */
export function sqliteFileOf(databaseUrl: string): string {
  const location = databaseUrl.replace(/^sqlite:/, '');
  return location === ':memory:' ? location : resolve(location);
}

/** The embedded default: one SQLite file (plus its WAL) in a folder created on demand. */
export async function openSqliteStore(databaseUrl: string, options: OpenOptions): Promise<Store> {
  const file = sqliteFileOf(databaseUrl);
  const inMemory = file === ':memory:';
  let sqlite: SQLite.Database;
  try {
    if (!inMemory) mkdirSync(dirname(file), { recursive: true });
    sqlite = new SQLite(file);
  } catch (error) {
    // The operator's mistake (a folder that cannot be created or a file that cannot be opened), said as such.
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new ConfigError([`DATABASE_URL: cannot create or open the database at ${file} (${reason})`]);
  }
  // WAL keeps readers and the writer apart; a commit is in the OS's hands before the API answers, so it survives
  // the process being killed. secure_delete zeroes the space a deleted or rewritten row leaves behind.
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('secure_delete = ON');
  sqlite.pragma('temp_store = MEMORY');
  sqlite.pragma('busy_timeout = 5000');
  // The full-text index's triggers read bodies through this function (migration 010).
  sqlite.function(SEARCHABLE_TEXT_FUNCTION, { deterministic: true }, (html: unknown) =>
    searchableText(typeof html === 'string' ? html : null),
  );

  const db = new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
  if (options.migrate !== false) await migrateToLatest(db);

  return {
    db,
    dialect: 'sqlite',
    instanceId: randomUUID(),
    dataDirectory: inMemory ? undefined : dirname(file),
    async purgeResidue() {
      // Every table lives in the one file: what matters is the WAL, whatever the tables.
      // The WAL still holds earlier page images (the original text among them): copy the current pages into the
      // database file and cut the WAL to zero bytes.
      await sql`PRAGMA wal_checkpoint(TRUNCATE)`.execute(db);
    },
    async ping() {
      await sql`SELECT 1`.execute(db);
    },
    poolStats: () => ({ total: 1, idle: 1, waiting: 0 }),
    async close() {
      await db.destroy();
    },
  };
}
