import { PostgresAdapter } from 'kysely';
import type { Db } from './database.js';

/** True on PostgreSQL, for the few statements whose form differs by database. */
export const isPostgres = (db: Db): boolean => db.getExecutor().adapter instanceof PostgresAdapter;
