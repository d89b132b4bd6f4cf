import type { Selectable } from 'kysely';

export interface AuditLogsTable {
  id: string;
  workspace_id: string;
  action: string;
  actor_user_id: string | null;
  object_type: string;
  object_id: string;
  attributes: string;
  happened_at: string;
}

export type AuditLogRow = Selectable<AuditLogsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    audit_logs: AuditLogsTable;
  }
}
