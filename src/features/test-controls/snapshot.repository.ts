import type { Expression, ExpressionBuilder, Kysely, SqlBool, Transaction } from 'kysely';
import type { Db } from '../../core/store/database.js';
import { decodeValue, encodeValue } from './snapshot-codec.js';
import { WORKSPACES, type ScopedTable } from './snapshot-layout.js';
import type { TestSnapshotRow } from './test-snapshot.table.js';

/** Tables named at run time (from the catalog), which the typed `Database` cannot describe. */
type AnyDb = Kysely<any> | Transaction<any>;
const untyped = (db: Db): AnyDb => db as unknown as AnyDb;

/**
 * Values bound per INSERT: under SQLite's limit (32766) and PostgreSQL's (65535), so a table's rows go in a few
 * multi-row statements instead of one statement per row.
 */
const MAX_PARAMETERS = 30_000;

/** The rows of the workspace in a table: by its `workspace_id`, or through the parent its foreign key names. */
const inWorkspace =
  (table: ScopedTable, workspaceId: string) =>
  (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    if (!table.via) return eb('workspace_id', '=', workspaceId);
    const { column, parent, parentColumn } = table.via;
    return eb(column, 'in', eb.selectFrom(parent).select(parentColumn).where('workspace_id', '=', workspaceId));
  };

/** The workspace's rows of a table, each an array in the order of `table.columns`. */
export async function readScopedRows(db: Db, table: ScopedTable, workspaceId: string): Promise<unknown[][]> {
  const rows = await untyped(db).selectFrom(table.name).selectAll().where(inWorkspace(table, workspaceId)).execute();
  return rows.map((row: Record<string, unknown>) => table.columns.map((c) => encodeValue(row[c])));
}

export async function deleteScopedRows(db: Db, table: ScopedTable, workspaceId: string): Promise<void> {
  await untyped(db).deleteFrom(table.name).where(inWorkspace(table, workspaceId)).execute();
}

/** Rows whose primary key is one of `keys`. */
const withKeys =
  (table: ScopedTable, keys: unknown[][]) =>
  (eb: ExpressionBuilder<any, any>): Expression<SqlBool> => {
    const [first, ...rest] = table.key;
    if (rest.length === 0)
      return eb(
        first!,
        'in',
        keys.map(([value]) => value),
      );
    return eb.or(keys.map((key) => eb.and(table.key.map((column, i) => eb(column, '=', key[i])))));
  };

/**
 * Deletes the workspace's rows of a table with these primary keys. Composite keys go a few hundred per statement:
 * SQLite nests OR-ed conditions, and refuses an expression more than 1000 deep.
 */
export async function deleteRowsByKey(db: Db, table: ScopedTable, workspaceId: string, keys: unknown[][]) {
  const perStatement = table.key.length === 1 ? MAX_PARAMETERS : 300;
  for (let start = 0; start < keys.length; start += perStatement) {
    await untyped(db)
      .deleteFrom(table.name)
      .where(inWorkspace(table, workspaceId))
      .where(withKeys(table, keys.slice(start, start + perStatement)))
      .execute();
  }
}

/**
 * Writes rows saved by `readScopedRows` back as they were: inserted, or, when a row with the same primary key is
 * there, updated in place (deleting it would take its children with it).
 */
export async function upsertRows(db: Db, table: ScopedTable, columns: string[], rows: unknown[][]): Promise<void> {
  const perStatement = Math.max(1, Math.floor(MAX_PARAMETERS / Math.max(1, columns.length)));
  const others = columns.filter((c) => !table.key.includes(c));
  for (let start = 0; start < rows.length; start += perStatement) {
    const values = rows
      .slice(start, start + perStatement)
      .map((row) => Object.fromEntries(columns.map((c, i) => [c, decodeValue(row[i])])));
    const insert = untyped(db).insertInto(table.name).values(values);
    if (table.key.length === 0) {
      await insert.execute();
      continue;
    }
    await insert
      .onConflict((oc) => {
        const conflict = oc.columns(table.key);
        if (others.length === 0) return conflict.doNothing();
        return conflict.doUpdateSet((eb) => Object.fromEntries(others.map((c) => [c, eb.ref(`excluded.${c}`)])));
      })
      .execute();
  }
}

export async function readWorkspaceRow(db: Db, workspaceId: string): Promise<Record<string, unknown> | undefined> {
  return untyped(db).selectFrom(WORKSPACES).selectAll().where('id', '=', workspaceId).executeTakeFirst();
}

/** Puts the workspace's own row (its name, issue counter, support address) back as saved. */
export async function writeWorkspaceRow(db: Db, workspaceId: string, saved: Record<string, unknown>): Promise<void> {
  const { id: _id, ...fields } = saved;
  if (Object.keys(fields).length === 0) return;
  await untyped(db).updateTable(WORKSPACES).set(fields).where('id', '=', workspaceId).execute();
}

export async function insertSnapshot(db: Db, snapshot: TestSnapshotRow): Promise<void> {
  await db.insertInto('test_snapshots').values(snapshot).execute();
}

export async function findSnapshot(db: Db, workspaceId: string, id: string): Promise<TestSnapshotRow | undefined> {
  return db
    .selectFrom('test_snapshots')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

/** True when the workspace had the snapshot. */
export async function deleteSnapshot(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('test_snapshots')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
