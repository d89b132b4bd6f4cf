import type { SavedTable } from './snapshot-codec.js';
import type { ScopedTable } from './snapshot-layout.js';

/** What putting one table back as saved takes. */
export interface TableRestore {
  table: ScopedTable;
  /** Primary keys of the rows the snapshot does not have, to delete; `all` for a table without a primary key. */
  stale: unknown[][] | 'all';
  /** Saved rows missing now or different now, to write back (in `columns` order). */
  changed: unknown[][];
  columns: string[];
}

const positionsOf = (columns: string[], names: string[]): number[] => names.map((n) => columns.indexOf(n));

/** A row's primary key as one Map key: the value itself when the key has one column (the common case). */
const keyText = (row: unknown[], positions: number[]): string =>
  positions.length === 1 ? String(row[positions[0]!]) : JSON.stringify(positions.map((i) => row[i]));

/** Text, numbers and NULL compare as they are; encoded bytes (objects) by their JSON. */
const sameValue = (a: unknown, b: unknown): boolean =>
  a === b || (typeof a === 'object' && typeof b === 'object' && JSON.stringify(a) === JSON.stringify(b));

const sameRow = (a: unknown[], b: unknown[]): boolean => a.length === b.length && a.every((v, i) => sameValue(v, b[i]));

/**
 * Compares a table's rows now with the snapshot's, by primary key. A test usually changes a handful of rows: only
 * those are written, so restoring costs about one read of the workspace rather than rewriting every row (and, on
 * PostgreSQL, checking every foreign key of every row again). Rows come encoded alike on both sides (see
 * `snapshot-codec.ts`), so equal rows have equal values. When the table's columns changed since the snapshot, every
 * saved row is written back.
 */
export function planTableRestore(
  table: ScopedTable,
  saved: SavedTable | undefined,
  current: unknown[][],
): TableRestore {
  const columns = saved?.columns ?? table.columns;
  const savedRows = saved?.rows ?? [];
  const savedKey = positionsOf(columns, table.key);
  if (table.key.length === 0 || savedKey.includes(-1)) return { table, stale: 'all', changed: savedRows, columns };
  const currentKey = positionsOf(table.columns, table.key);
  const sameColumns = columns.join() === table.columns.join();
  const now = new Map(current.map((row) => [keyText(row, currentKey), row]));
  const changed = savedRows.filter((row) => {
    const found = now.get(keyText(row, savedKey));
    return !found || !sameColumns || !sameRow(found, row);
  });
  const kept = new Set(savedRows.map((row) => keyText(row, savedKey)));
  const stale = current
    .filter((row) => !kept.has(keyText(row, currentKey)))
    .map((row) => currentKey.map((i) => row[i]));
  return { table, stale, changed, columns };
}
