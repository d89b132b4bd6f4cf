import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../core/store/database.js';
import { forgetAuthentications } from '../api-tokens/api-token.service.js';
import { decodeSnapshot, encodeSnapshot, type SnapshotContent } from './snapshot-codec.js';
import { snapshotLayout, type SnapshotLayout } from './snapshot-layout.js';
import {
  deleteRowsByKey,
  deleteScopedRows,
  deleteSnapshot as deleteSnapshotRow,
  findSnapshot,
  insertSnapshot,
  readScopedRows,
  readWorkspaceRow,
  upsertRows,
  writeWorkspaceRow,
} from './snapshot.repository.js';
import { planTableRestore, type TableRestore } from './snapshot-diff.js';

export interface SnapshotJson {
  id: string;
  rows: number;
  created_at: string;
}

async function readWorkspace(trx: Db, layout: SnapshotLayout, workspaceId: string): Promise<SnapshotContent> {
  const workspace = await readWorkspaceRow(trx, workspaceId);
  if (!workspace) throw notFound('Workspace');
  const tables = [];
  for (const table of layout.tables) {
    tables.push({ name: table.name, columns: table.columns, rows: await readScopedRows(trx, table, workspaceId) });
  }
  return { format: 1, workspace, tables };
}

const rowCount = (content: SnapshotContent): number => content.tables.reduce((n, t) => n + t.rows.length, 0);

/**
 * Saves every row of the caller's workspace: its own row (name, issue counter), and every table holding its rows
 * (found in the database's catalog), its users and API tokens included. Read in one transaction, so the snapshot is
 * consistent; on PostgreSQL, repeatable read makes every table's read see the same moment.
 */
export async function takeSnapshot(deps: Deps, actor: Actor): Promise<SnapshotJson> {
  // Read before the transaction: on SQLite, the one connection is the transaction's until it ends.
  const layout = await snapshotLayout(deps.store);
  const begin = deps.store.db.transaction();
  const transaction = deps.store.dialect === 'postgres' ? begin.setIsolationLevel('repeatable read') : begin;
  const content = await transaction.execute((trx) => readWorkspace(trx, layout, actor.workspaceId));
  const snapshot = {
    id: newId(),
    workspace_id: actor.workspaceId,
    row_count: rowCount(content),
    content: await encodeSnapshot(content),
    created_at: nowIso(),
  };
  await insertSnapshot(deps.store.db, snapshot);
  return { id: snapshot.id, rows: snapshot.row_count, created_at: snapshot.created_at };
}

/**
 * Puts every row of the caller's workspace back as the snapshot has it, in one transaction. The workspace's own row
 * is rewritten first (which also holds off new issues until commit); then the rows now are compared with the saved
 * ones (`snapshot-diff.ts`): rows the snapshot lacks are deleted, children first, and saved rows missing or changed
 * are written back, parents first, so foreign keys hold at every statement. Ids, issue numbers and timestamps come
 * back as they were, so lists and their cursors do too. Tokens are as they were when the snapshot was taken: one
 * created since is gone, one revoked since works again.
 */
export async function restoreSnapshot(deps: Deps, actor: Actor, id: string): Promise<SnapshotJson> {
  const found = await findSnapshot(deps.store.db, actor.workspaceId, id);
  if (!found) throw notFound('Snapshot');
  const content = await decodeSnapshot(found.content);
  const layout = await snapshotLayout(deps.store);
  const saved = new Map(content.tables.map((t) => [t.name, t]));
  const { workspaceId } = actor;
  await deps.store.db.transaction().execute(async (trx) => {
    await writeWorkspaceRow(trx, workspaceId, content.workspace);
    const plans: TableRestore[] = [];
    for (const table of layout.tables) {
      plans.push(planTableRestore(table, saved.get(table.name), await readScopedRows(trx, table, workspaceId)));
    }
    for (const { table, stale } of [...plans].reverse()) {
      if (stale === 'all') await deleteScopedRows(trx, table, workspaceId);
      else await deleteRowsByKey(trx, table, workspaceId, stale);
    }
    for (const { table, columns, changed } of plans) await upsertRows(trx, table, columns, changed);
  });
  // Tokens may have changed state (revoked, deleted, back): this process must not answer from what it remembers.
  forgetAuthentications();
  // Deliveries and email due in the restored rows go out.
  deps.notifyDelivery();
  return { id: found.id, rows: found.row_count, created_at: found.created_at };
}

export async function deleteSnapshot(deps: Deps, actor: Actor, id: string): Promise<void> {
  if (!(await deleteSnapshotRow(deps.store.db, actor.workspaceId, id))) throw notFound('Snapshot');
}
