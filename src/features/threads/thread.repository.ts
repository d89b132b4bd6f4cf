import type { Db } from '../../core/store/database.js';
import type { ThreadRow } from './thread.table.js';

export interface Thread {
  id: string;
  workspaceId: string;
  issueId: string;
  name: string;
  source: string;
  channelId: string | null;
  externalThreadId: string | null;
  isDefault: boolean;
  createdAt: string;
}

const toThread = (row: ThreadRow): Thread => ({
  id: row.id,
  workspaceId: row.workspace_id,
  issueId: row.issue_id,
  name: row.name,
  source: row.source,
  channelId: row.channel_id,
  externalThreadId: row.external_thread_id,
  isDefault: row.is_default === 1,
  createdAt: row.created_at,
});

/** Inserts a thread; false when it is a default thread and the issue already has one (a concurrent writer won). */
export async function insertThread(db: Db, thread: Thread): Promise<boolean> {
  const result = await db
    .insertInto('threads')
    .values({
      id: thread.id,
      workspace_id: thread.workspaceId,
      issue_id: thread.issueId,
      name: thread.name,
      source: thread.source,
      channel_id: thread.channelId,
      external_thread_id: thread.externalThreadId,
      is_default: thread.isDefault ? 1 : null,
      created_at: thread.createdAt,
    })
    .onConflict((oc) => oc.columns(['issue_id', 'is_default']).doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function findThreadById(
  db: Db,
  workspaceId: string,
  issueId: string,
  id: string,
): Promise<Thread | undefined> {
  const row = await db
    .selectFrom('threads')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', '=', issueId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toThread(row);
}

/** The thread a note goes to when the caller names none: the newest chat-synced thread, else the default one. */
export async function findDefaultThread(db: Db, workspaceId: string, issueId: string): Promise<Thread | undefined> {
  const rows = await db
    .selectFrom('threads')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', '=', issueId)
    .where((eb) => eb.or([eb('channel_id', 'is not', null), eb('is_default', '=', 1)]))
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .execute();
  const row = rows.find((r) => r.channel_id !== null) ?? rows[0];
  return row && toThread(row);
}

export async function listThreads(db: Db, workspaceId: string, issueId: string): Promise<Thread[]> {
  const rows = await db
    .selectFrom('threads')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', '=', issueId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toThread);
}
