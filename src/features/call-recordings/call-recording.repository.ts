import type { Db } from '../../core/store/database.js';
import type { Page } from '../../core/store/keyset.js';
import type { CallRecordingRow } from './call-recording.table.js';

export async function insertCallRecording(db: Db, row: CallRecordingRow): Promise<void> {
  await db.insertInto('call_recordings').values(row).execute();
}

export async function findCallRecordingById(db: Db, workspaceId: string, id: string) {
  return db
    .selectFrom('call_recordings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findCallRecordingByExternalId(db: Db, workspaceId: string, source: string, externalId: string) {
  return db
    .selectFrom('call_recordings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('source', '=', source)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
}

export async function setCallRecordingAccount(db: Db, id: string, accountId: string | null, updatedAt: string) {
  await db
    .updateTable('call_recordings')
    .set({ account_id: accountId, updated_at: updatedAt })
    .where('id', '=', id)
    .execute();
}

export async function deleteCallRecordingRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('call_recordings').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** The workspace's recordings in id (creation) order, as a search page asks. */
export async function listCallRecordings(db: Db, workspaceId: string, page: Page): Promise<CallRecordingRow[]> {
  let query = db.selectFrom('call_recordings').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  if (page.matching) query = query.where(page.matching);
  return query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
}

/** The recordings linked to an issue, in the order the calls started. */
export async function listIssueCallRecordings(db: Db, workspaceId: string, issueId: string) {
  return db
    .selectFrom('call_recordings')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', '=', issueId)
    .orderBy('start_time')
    .orderBy('id')
    .execute();
}
