import { sql } from 'kysely';
import type { Store } from '../../core/store/database.js';

/** A table holding rows of a workspace, and how they are found. */
export interface ScopedTable {
  name: string;
  /** Its columns, in the table's order. */
  columns: string[];
  /** Its primary key's columns; empty when it has none (its rows are then replaced wholesale). */
  key: string[];
  /**
   * Absent: the rows whose `workspace_id` is the workspace's. Present (a table without `workspace_id`): the rows
   * whose `column` names a row of `parent` (by `parentColumn`) that belongs to the workspace.
   */
  via?: { column: string; parent: string; parentColumn: string };
}

/** What a snapshot holds, read from the database's own catalog, so a new feature's table is included unasked. */
export interface SnapshotLayout {
  /** The workspace's own row: restored in place, since deleting it would take everything else with it. */
  workspaceColumns: string[];
  /** Parents before children (the order to insert in; reversed, the order to delete in). */
  tables: ScopedTable[];
}

export const WORKSPACES = 'workspaces';
/** Snapshots are not part of what they snapshot. */
// The full-text index is derived from messages and issues by triggers: restoring them rebuilds it.
const NOT_SNAPSHOTTED = new Set(['test_snapshots', 'search_documents', WORKSPACES]);

interface ColumnEntry {
  table: string;
  column: string;
  /** The column's place in the primary key, from 1; 0 when it is not part of it. */
  key_position: number;
}
interface ForeignKeyEntry {
  table: string;
  column: string;
  parent: string;
  parent_column: string | null;
}

async function readCatalog(store: Store): Promise<{ columns: ColumnEntry[]; foreignKeys: ForeignKeyEntry[] }> {
  const db = store.db;
  if (store.dialect === 'sqlite') {
    const columns = await sql<ColumnEntry>`
      SELECT m.name AS "table", c.name AS "column", c.pk AS key_position
      FROM sqlite_master m, pragma_table_info(m.name) c WHERE m.type = 'table' ORDER BY m.name, c.cid`.execute(db);
    const foreignKeys = await sql<ForeignKeyEntry>`
      SELECT m.name AS "table", f."from" AS "column", f."table" AS parent, f."to" AS parent_column
      FROM sqlite_master m, pragma_foreign_key_list(m.name) f WHERE m.type = 'table'`.execute(db);
    return { columns: columns.rows, foreignKeys: foreignKeys.rows };
  }
  // Helpline's tables are in the first schema of the search path.
  const columns = await sql<ColumnEntry>`
    SELECT t.relname AS "table", a.attname AS "column", coalesce(k.position, 0)::int AS key_position
    FROM pg_class t
    JOIN pg_attribute a ON a.attrelid = t.oid AND a.attnum > 0 AND NOT a.attisdropped
    LEFT JOIN pg_constraint pk ON pk.conrelid = t.oid AND pk.contype = 'p'
    LEFT JOIN LATERAL unnest(pk.conkey) WITH ORDINALITY AS k(attnum, position) ON k.attnum = a.attnum
    WHERE t.relkind = 'r' AND t.relnamespace = current_schema()::regnamespace
    ORDER BY t.relname, a.attnum`.execute(db);
  const foreignKeys = await sql<ForeignKeyEntry>`
    SELECT child.relname AS "table", ca.attname AS "column", parent.relname AS parent, pa.attname AS parent_column
    FROM pg_constraint c
    JOIN pg_class child ON child.oid = c.conrelid
    JOIN pg_class parent ON parent.oid = c.confrelid
    JOIN pg_attribute ca ON ca.attrelid = c.conrelid AND ca.attnum = c.conkey[1]
    JOIN pg_attribute pa ON pa.attrelid = c.confrelid AND pa.attnum = c.confkey[1]
    WHERE c.contype = 'f' AND child.relnamespace = current_schema()::regnamespace`.execute(db);
  return { columns: columns.rows, foreignKeys: foreignKeys.rows };
}

/** Orders tables so that every table comes after the tables its foreign keys point at. */
function parentsFirst(tables: ScopedTable[], foreignKeys: ForeignKeyEntry[]): ScopedTable[] {
  const byName = new Map(tables.map((t) => [t.name, t]));
  const ordered: ScopedTable[] = [];
  const visiting = new Set<string>();
  const visit = (table: ScopedTable): void => {
    if (ordered.includes(table)) return;
    if (visiting.has(table.name)) throw new Error(`Tables refer to each other in a cycle through ${table.name}`);
    visiting.add(table.name);
    for (const fk of foreignKeys) {
      const parent = fk.table === table.name && fk.parent !== table.name ? byName.get(fk.parent) : undefined;
      if (parent) visit(parent);
    }
    ordered.push(table);
  };
  [...tables].sort((a, b) => a.name.localeCompare(b.name)).forEach(visit);
  return ordered;
}

/**
 * The tables of a workspace: those with a `workspace_id` column, and those without one whose foreign key points at
 * one of them (a delivery's attempts, through `delivery_id`).
 */
function planLayout(columns: ColumnEntry[], foreignKeys: ForeignKeyEntry[]): SnapshotLayout {
  const columnsOf = new Map<string, string[]>();
  for (const { table, column } of columns) columnsOf.set(table, [...(columnsOf.get(table) ?? []), column]);
  const keyOf = (table: string): string[] =>
    columns
      .filter((c) => c.table === table && Number(c.key_position) > 0)
      .sort((a, b) => Number(a.key_position) - Number(b.key_position))
      .map((c) => c.column);
  const scoped = new Set(
    [...columnsOf].filter(([t, cs]) => cs.includes('workspace_id') && !NOT_SNAPSHOTTED.has(t)).map(([t]) => t),
  );
  const tables: ScopedTable[] = [...scoped].map((name) => ({ name, columns: columnsOf.get(name)!, key: keyOf(name) }));
  for (const [name, tableColumns] of columnsOf) {
    if (scoped.has(name) || NOT_SNAPSHOTTED.has(name)) continue;
    const fk = foreignKeys.find((f) => f.table === name && scoped.has(f.parent));
    if (!fk) continue;
    const via = { column: fk.column, parent: fk.parent, parentColumn: fk.parent_column ?? 'id' };
    tables.push({ name, columns: tableColumns, key: keyOf(name), via });
  }
  return { workspaceColumns: columnsOf.get(WORKSPACES) ?? [], tables: parentsFirst(tables, foreignKeys) };
}

const layouts = new WeakMap<Store, Promise<SnapshotLayout>>();

/** The layout of the store's schema, read once per store (the schema does not change while it is open). */
export function snapshotLayout(store: Store): Promise<SnapshotLayout> {
  let layout = layouts.get(store);
  if (!layout) {
    layout = readCatalog(store).then(({ columns, foreignKeys }) => planLayout(columns, foreignKeys));
    layout.catch(() => layouts.delete(store));
    layouts.set(store, layout);
  }
  return layout;
}
