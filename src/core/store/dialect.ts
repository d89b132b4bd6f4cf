import {
  PostgresAdapter,
  sql,
  type Expression,
  type Kysely,
  type RawBuilder,
  type SelectQueryBuilder,
  type SqlBool,
} from 'kysely';
import type { SearchTerm } from '../search/search-text.js';
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
  /**
   * Whether `text` contains `needle`, ignoring the case of ASCII letters only (the needle comes folded), so both
   * databases answer alike whatever their locale or Unicode tables.
   */
  containsFolded(text: Expression<unknown>, needle: string): RawBuilder<SqlBool>;
  /** Whether a JSON array of strings (a text column) holds any of `values`. */
  jsonArrayHasAny(array: Expression<unknown>, values: readonly string[]): RawBuilder<SqlBool>;
  /** Whether a JSON array of strings (a text column) is empty or absent. */
  jsonArrayIsEmpty(array: Expression<unknown>): RawBuilder<SqlBool>;
  /** The text at `object[key]` of a JSON object (a text column), or null. */
  jsonText(object: Expression<unknown>, key: string): RawBuilder<string | null>;
  /** The text at `object[key][property]` of a JSON object (a text column), or null. */
  jsonMember(object: Expression<unknown>, key: string, property: string): RawBuilder<string | null>;
  /** The JSON at `object[key][property]` (an array, say), for `jsonArrayHasAny` and `jsonArrayIsEmpty`. */
  jsonMemberJson(object: Expression<unknown>, key: string, property: string): RawBuilder<unknown>;
  /**
   * Whether the row `document` of `search_documents` (the full-text index, migration 010) holds every one of the
   * terms: each as a word, or as the start of one when it is a prefix.
   */
  documentMatches(document: string, terms: readonly SearchTerm[]): RawBuilder<SqlBool>;
}

/** Lower-case ASCII letters only, as `containsFolded` compares. */
export const foldAscii = (text: string): string => text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
/** A JSON path step naming `key` exactly, whatever characters it holds. */
const jsonPathKey = (key: string): string => `"${key.replace(/["\\]/g, (c) => `\\${c}`)}"`;

/** SQLite runs one write transaction at a time and one process owns the file: there is nothing to coordinate. */
const sqliteDialect: Dialect = {
  name: 'sqlite',
  lockClaimedRows: (query) => query,
  serializeTransaction: async () => undefined,
  withSessionLock: (db, _key, work) => work(db),
  // SQLite's lower() folds ASCII letters only: exactly the folding promised.
  containsFolded: (text, needle) => sql<SqlBool>`instr(lower(${text}), ${needle}) > 0`,
  jsonArrayHasAny: (array, values) =>
    sql<SqlBool>`exists (select 1 from json_each(${array}) where json_each.value in (${sql.join(values)}))`,
  jsonArrayIsEmpty: (array) => sql<SqlBool>`coalesce(json_array_length(${array}), 0) = 0`,
  jsonText: (object, key) => sql<string | null>`json_extract(${object}, ${`$.${jsonPathKey(key)}`})`,
  jsonMember: (object, key, property) =>
    sql<string | null>`json_extract(${object}, ${`$.${jsonPathKey(key)}.${jsonPathKey(property)}`})`,
  // json_extract answers an array or object as its JSON text.
  jsonMemberJson: (object, key, property) =>
    sql`json_extract(${object}, ${`$.${jsonPathKey(key)}.${jsonPathKey(property)}`})`,
  documentMatches: (document, terms) =>
    sql<SqlBool>`${sql.ref(`${document}.rowid`)} in (select rowid from search_index where search_index match ${terms
      .map((term) => `"${term.word}"${term.prefix ? '*' : ''}`)
      .join(' AND ')})`,
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
  containsFolded: (text, needle) => sql<SqlBool>`strpos(translate(${text}, ${UPPER}, ${LOWER}), ${needle}) > 0`,
  // An absent array holds nothing (never NULL, which `not` would keep NULL).
  jsonArrayHasAny: (array, values) => sql<SqlBool>`coalesce((${array})::jsonb ?| ${[...values]}::text[], false)`,
  jsonArrayIsEmpty: (array) => sql<SqlBool>`coalesce(jsonb_array_length((${array})::jsonb), 0) = 0`,
  jsonText: (object, key) => sql<string | null>`((${object})::jsonb ->> ${key})`,
  jsonMember: (object, key, property) => sql<string | null>`((${object})::jsonb -> ${key} ->> ${property})`,
  jsonMemberJson: (object, key, property) => sql`((${object})::jsonb -> ${key} -> ${property})`,
  documentMatches: (document, terms) => {
    const query = terms.map((term) => `${term.word}${term.prefix ? ':*' : ''}`).join(' & ');
    return sql<SqlBool>`${sql.ref(`${document}.document`)} @@ to_tsquery('simple', ${query})`;
  },
};

/** The dialect of a database (or of a transaction on it). */
export const dialectOf = (db: Kysely<any> | Db): Dialect =>
  db.getExecutor().adapter instanceof PostgresAdapter ? postgresDialect : sqliteDialect;
