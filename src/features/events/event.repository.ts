import type { Db } from '../../core/store/database.js';
import { readObject, toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';

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
  return rows.map(toStoredEvent);
}

export async function replaceEventPayload(db: Db, id: string, payload: Record<string, unknown>): Promise<void> {
  await db
    .updateTable('events')
    .set({ payload: toJsonColumn(payload) })
    .where('id', '=', id)
    .execute();
}

const toStoredEvent = (row: {
  id: string;
  workspace_id: string;
  type: string;
  subject_id: string;
  payload: string;
  created_at: string;
}): StoredEvent => ({
  id: row.id,
  workspaceId: row.workspace_id,
  type: row.type,
  subjectId: row.subject_id,
  payload: readObject<Record<string, unknown>>(row.payload) ?? {},
  createdAt: row.created_at,
});

/** A workspace's events in the order they happened (ids are UUIDv7), after the keyset position. */
export async function listEvents(db: Db, workspaceId: string, page: Page): Promise<StoredEvent[]> {
  let query = db.selectFrom('events').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  return (
    await query
      .orderBy('id')
      .limit(page.limit + 1)
      .execute()
  ).map(toStoredEvent);
}

export async function findEventById(db: Db, id: string): Promise<StoredEvent | undefined> {
  const row = await db.selectFrom('events').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toStoredEvent(row);
}
