import type { OpenOptions, Store } from './database.js';

/** Opens the database named by a `DATABASE_URL` and brings its schema up to date. */
export async function openStore(databaseUrl: string, options: OpenOptions = {}): Promise<Store> {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) {
    const { openPostgresStore } = await import('./dialects/postgres.js');
    return openPostgresStore(databaseUrl, options);
  }
  const { openSqliteStore } = await import('./dialects/sqlite.js');
  return openSqliteStore(databaseUrl, options);
}
