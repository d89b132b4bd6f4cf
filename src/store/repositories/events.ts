import type { Db } from '../database.js';
import { readObject, toJsonColumn } from '../json-columns.js';

export interface StoredEvent {
  id: string;
  workspaceId: string;
  type: string;
  subjectId: string;
  payload: Record<string, unknown>;
  createdAt: string;
}

export async function insertEvent(db: Db, event: StoredEvent): Promise<void> {
  await db
    .insertInto('events')
    .values({
      id: event.id,
      workspace_id: event.workspaceId,
      type: event.type,
      subject_id: event.subjectId,
      payload: toJsonColumn(event.payload),
      created_at: event.createdAt,
    })
    .execute();
}

export async function listEventsBySubject(db: Db, workspaceId: string, subjectId: string): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('events')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('subject_id', '=', subjectId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspace_id,
    type: row.type,
    subjectId: row.subject_id,
    payload: readObject<Record<string, unknown>>(row.payload) ?? {},
    createdAt: row.created_at,
  }));
}

export async function replaceEventPayload(db: Db, id: string, payload: Record<string, unknown>): Promise<void> {
  await db.updateTable('events').set({ payload: toJsonColumn(payload) }).where('id', '=', id).execute();
}
