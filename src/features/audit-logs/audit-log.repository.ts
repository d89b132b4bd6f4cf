import type { Db } from '../../core/store/database.js';
import { readObject, toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';

export interface AuditLogEntry {
  id: string;
  workspaceId: string;
  action: string;
  actorUserId: string | null;
  objectType: string;
  objectId: string;
  /** Ids and facts about the change; never message content. */
  attributes: Record<string, string>;
  happenedAt: string;
}

export async function insertAuditLogEntry(db: Db, entry: AuditLogEntry): Promise<void> {
  await db
    .insertInto('audit_logs')
    .values({
      id: entry.id,
      workspace_id: entry.workspaceId,
      action: entry.action,
      actor_user_id: entry.actorUserId,
      object_type: entry.objectType,
      object_id: entry.objectId,
      attributes: toJsonColumn(entry.attributes),
      happened_at: entry.happenedAt,
    })
    .execute();
}

export async function listAuditLogEntries(db: Db, workspaceId: string, page: Page): Promise<AuditLogEntry[]> {
  let query = db.selectFrom('audit_logs').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  if (page.matching) query = query.where(page.matching);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspace_id,
    action: row.action,
    actorUserId: row.actor_user_id,
    objectType: row.object_type,
    objectId: row.object_id,
    attributes: readObject<Record<string, string>>(row.attributes) ?? {},
    happenedAt: row.happened_at,
  }));
}
