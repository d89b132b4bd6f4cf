import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { AuditLogEntry } from './audit-log.repository.js';

export function auditLogJson(entry: AuditLogEntry): ContractSchema<'AuditLog'> {
  return compact<ContractSchema<'AuditLog'>>({
    id: entry.id,
    action: entry.action,
    action_happened_at: entry.happenedAt,
    actor_user_id: entry.actorUserId,
    object_type: entry.objectType,
    object_id: entry.objectId,
    attributes: entry.attributes,
    metadata: {},
    source: 'api',
    created_at: entry.happenedAt,
  });
}
