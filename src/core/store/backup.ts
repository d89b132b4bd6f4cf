/**
 * Copies of the SQLite database: a backup taken while the server runs, and a restore that replaces the database file
 * while no process has it open. PostgreSQL has its own tools for both (pg_dump, pg_restore).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import SQLite from 'better-sqlite3';
import { sqliteFileOf } from './dialects/sqlite.js';

/** The table Kysely's migrator records applied migrations in: every Helpline database has it. */
const MIGRATION_TABLE = 'kysely_migration';
const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));

const POSTGRES_ADVICE = {
  backup:
    'backup copies SQLite databases only. On PostgreSQL, use pg_dump: ' +
    'pg_dump --format=custom --file=helpline.dump "$DATABASE_URL"',
  restore:
    'restore replaces SQLite databases only. On PostgreSQL, use pg_restore: ' +
    'pg_restore --clean --if-exists --no-owner --dbname="$DATABASE_URL" helpline.dump',
};

export interface BackupResult {
  database: string;
  backup: string;
  bytes: number;
  migrations: string[];
}

export interface RestoreResult {
  database: string;
  restored_from: string;
  /** Where the database that was replaced now is (null when there was none). */
  previous: string | null;
  migrations: string[];
}

/** Writes a consistent copy of the database to `target` (a new file), while servers keep reading and writing. */
export function backupSqlite(databaseUrl: string, target: string): BackupResult {
  const file = sqliteFileFor(databaseUrl, 'backup');
  const destination = resolve(target);
  if (existsSync(destination)) throw new Error(`${destination} already exists: a backup never overwrites a file`);
  if (!existsSync(file))
    throw new Error(`there is no database at ${file} (a relative DATABASE_URL is read from the working directory)`);
  mkdirSync(dirname(destination), { recursive: true });
  // Written beside the target and renamed at the end, so a file at `target` is always a whole backup.
  const partial = `${destination}.partial`;
  rmSync(partial, { force: true });
  try {
    copyDatabase(file, partial, { readonly: false });
    const migrations = inspectHelplineDatabase(partial);
    renameSync(partial, destination);
    syncDirectory(dirname(destination));
    return { database: file, backup: destination, bytes: statSync(destination).size, migrations };
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Replaces the database with the backup at `from`, after checking that it is a sound Helpline database this version
 * can run. The replaced file is kept as `<database>.before-restore`. Every server must be stopped first.
 */
export function restoreSqlite(databaseUrl: string, from: string): RestoreResult {
  const file = sqliteFileFor(databaseUrl, 'restore');
  const source = resolve(from);
  if (!existsSync(source)) throw new Error(`there is no file at ${source}`);
  if (source === file) throw new Error(`${source} is the database itself: restore from a backup`);
  const migrations = inspectHelplineDatabase(source);
  const known = knownMigrations();
  const unknown = migrations.filter((name) => !known.has(name));
  if (unknown.length > 0)
    throw new Error(
      `${source} was written by a newer Helpline (its migrations ${unknown.join(', ')} are unknown here): ` +
        'restore it with that version',
    );
  const previous = `${file}.before-restore`;
  if (existsSync(file)) {
    if (existsSync(previous))
      throw new Error(`${previous} is left from an earlier restore: move it away first (it may be the only copy)`);
    // Checked before copying as well as just before replacing, so a running server is reported at once.
    closeIfUnused(file);
  }

  mkdirSync(dirname(file), { recursive: true });
  const incoming = `${file}.restoring`;
  rmSync(incoming, { force: true });
  try {
    copyDatabase(source, incoming, { readonly: true });
    const replaced = existsSync(file) ? setAside(file, previous) : null;
    renameSync(incoming, file);
    syncDirectory(dirname(file));
    return { database: file, restored_from: source, previous: replaced, migrations };
  } finally {
    rmSync(incoming, { force: true });
  }
}

/**
 * Checks that `file` is a sound SQLite database holding Helpline's migrations table; answers the migrations it has
 * applied, in order.
 */
export function inspectHelplineDatabase(file: string): string[] {
  let db: SQLite.Database | undefined;
  try {
    db = new SQLite(file, { readonly: true, fileMustExist: true });
    const problems = db.pragma('integrity_check') as { integrity_check: string }[];
    if (problems.length !== 1 || problems[0]?.integrity_check !== 'ok') {
      const detail = problems.slice(0, 3).map((row) => row.integrity_check);
      throw new Error(`${file} fails SQLite's integrity check: ${detail.join('; ')}`);
    }
    const table = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?`).get(MIGRATION_TABLE);
    if (!table) throw new Error(`${file} is a SQLite database, but not Helpline's (it has no migrations table)`);
    return db.prepare(`SELECT name FROM ${MIGRATION_TABLE} ORDER BY name`).pluck().all() as string[];
  } catch (error) {
    // SQLite reads a file only when first asked a question: a file that is not a database fails here.
    if (error instanceof SQLite.SqliteError)
      throw new Error(`${file} is not a usable SQLite database (${error.message})`);
    throw error;
  } finally {
    db?.close();
  }
}

function sqliteFileFor(databaseUrl: string, verb: 'backup' | 'restore'): string {
  if (/^postgres(ql)?:\/\//.test(databaseUrl)) throw new Error(POSTGRES_ADVICE[verb]);
  const file = sqliteFileOf(databaseUrl);
  if (file === ':memory:') throw new Error(`DATABASE_URL names an in-memory database: there is nothing to ${verb}`);
  return file;
}

/**
 * Copies a database with VACUUM INTO: it reads one snapshot in a single read transaction (so writers carry on, and
 * the copy never restarts as the online-backup API does under writes), takes in what the write-ahead log holds, and
 * leaves out free pages, so text a redaction freed is not carried into the copy.
 */
function copyDatabase(from: string, to: string, options: { readonly: boolean }): void {
  const db = new SQLite(from, { readonly: options.readonly, fileMustExist: true });
  try {
    db.pragma('busy_timeout = 5000');
    db.prepare('VACUUM INTO ?').run(to);
  } finally {
    db.close();
  }
  // SQLite does not flush a VACUUM INTO file to disk: a copy that a power cut could tear is no backup.
  syncFile(to);
}

/** Moves the database, with any write-ahead log beside it, to `previous`, once sure no process has it open. */
function setAside(file: string, previous: string): string {
  closeIfUnused(file);
  for (const suffix of ['', '-wal', '-shm'])
    if (existsSync(`${file}${suffix}`)) renameSync(`${file}${suffix}`, `${previous}${suffix}`);
  return previous;
}

/** Throws when a process has the database open; otherwise opens and closes it, which empties its write-ahead log. */
function closeIfUnused(file: string): void {
  const db = new SQLite(file, { fileMustExist: true });
  try {
    db.pragma('busy_timeout = 0');
    // A connection to a WAL database holds a shared lock on the file for as long as it is open, so this exclusive
    // lock is refused while a server (or any other process) has the database open.
    db.pragma('locking_mode = EXCLUSIVE');
    try {
      db.exec('BEGIN EXCLUSIVE');
    } catch {
      throw new Error(`the database ${file} is in use: stop every server using it, then restore`);
    }
    db.exec('COMMIT');
  } finally {
    // The last connection to close writes the log into the database file.
    db.close();
  }
}

/** The migrations this version of Helpline has, by name (its files in `migrations/`). */
function knownMigrations(): Set<string> {
  const names = readdirSync(MIGRATIONS_DIR).filter((name) => /(?<!\.d)\.[jt]s$/.test(name));
  return new Set(names.map((name) => name.replace(/\.[jt]s$/, '')));
}

function syncFile(file: string): void {
  const fd = openSync(file, 'r+');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Makes a rename durable. Only POSIX systems can flush a folder; elsewhere the rename is as durable as it gets. */
function syncDirectory(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch {
    // Not supported here (Windows): nothing more to do.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}
