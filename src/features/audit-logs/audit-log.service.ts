import type { Db } from '../../core/store/database.js';
import { insertAuditLogEntry, listAuditLogEntries } from './audit-log.repository.js';
import type { Actor } from '../../core/actor.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { auditLogJson } from './audit-log.json.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';

export type AuditAction =
  | 'api_token.created'
  | 'api_token.revoked'
  | 'user.deactivated'
  | 'user.reactivated'
  | 'message.redacted'
  | 'message.deleted'
  | 'issue.deleted'
  | 'team.created'
  | 'team.updated'
  | 'tag.created'
  | 'tag.updated'
  | 'tag.deleted'
  | 'knowledge_base.created'
  | 'custom_field.created'
  | 'custom_field.updated'
  | 'custom_object_type.created'
  | 'custom_object.deleted'
  | 'contact.deleted'
  | 'account.deleted'
  | 'account.merged'
  | 'user.role_changed'
  | 'issue.imported'
  | 'messages.imported'
  | 'training_data.created'
  | 'training_data.documents_uploaded'
  | 'training_data.documents_deleted'
  | 'call_recording.created'
  | 'call_recording.deleted'
  | 'ticket_form.created'
  | 'activity_type.created'
  | 'macro_group.created'
  | 'survey.created'
  | 'feature_request.deleted'
  | 'ai_agent.created'
  | 'workspace.email_settings_updated'
  | 'user.signed_in'
  | 'user.sign_in_failed';

/** Records who did what to which object, in the caller's transaction. Attributes carry ids, never content. */
export async function recordAudit(
  db: Db,
  entry: {
    workspaceId: string;
    actorUserId: string | null;
    action: AuditAction;
    objectType: string;
    objectId: string;
    attributes?: Record<string, string>;
  },
): Promise<void> {
  await insertAuditLogEntry(db, {
    id: newId(),
    workspaceId: entry.workspaceId,
    actorUserId: entry.actorUserId,
    action: entry.action,
    objectType: entry.objectType,
    objectId: entry.objectId,
    attributes: entry.attributes ?? {},
    happenedAt: nowIso(),
  });
}

export const listAuditLog = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `audit-logs:${actor.workspaceId}`,
    query,
    (page) => listAuditLogEntries(deps.store.db, actor.workspaceId, page),
    (rows) => rows.map(auditLogJson),
  );
