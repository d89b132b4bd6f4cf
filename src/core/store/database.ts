import type { Kysely, Transaction } from 'kysely';

/**
 * Every table, as Kysely sees it. Each feature adds its own tables to this interface by declaration merging in its
 * `<resource>.table.ts`, so a new resource needs no edit here. Timestamps are RFC 3339 UTC strings with milliseconds
 * (`2026-01-02T03:04:05.678Z`): fixed width, so they sort and compare as text on every database. JSON columns hold
 * text; booleans are stored as 0/1.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface Database {}

/** Either the database itself or a transaction on it: every repository function takes one as its first argument. */
export type Db = Kysely<Database> | Transaction<Database>;

/** Tables whose rows can hold customer text or personal data: a redaction or deletion names those it rewrote. */
export type ContentTable =
  'messages' | 'issues' | 'events' | 'attachments' | 'contacts' | 'kb_articles' | 'call_recordings';

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export interface Store {
  readonly db: Kysely<Database>;
  readonly dialect: 'sqlite' | 'postgres';
  /** Unique per opened store: keys in-process caches, so two stores in one process never share entries. */
  readonly instanceId: string;
  /** The folder holding the database files (SQLite), or undefined. */
  readonly dataDirectory: string | undefined;
  /**
   * Makes the bytes of rows just rewritten or deleted in `tables` unrecoverable from the database files, as far as
   * the database allows. Called after a redaction or deletion has committed, before the API answers, with only the
   * tables that held the text.
   */
  purgeResidue(tables: readonly ContentTable[]): Promise<void>;
  /** Throws when the database does not answer. */
  ping(): Promise<void>;
  /** Connection pool use, for metrics. */
  poolStats(): PoolStats;
  close(): Promise<void>;
}

export interface OpenOptions {
  /** Apply pending migrations (default true). */
  migrate?: boolean;
  /** PostgreSQL connections in the pool (default 10). */
  poolSize?: number;
}

/** True when a write failed on a unique or primary-key constraint (another writer got there first). */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}
