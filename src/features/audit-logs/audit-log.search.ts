import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { textColumn, type SearchField } from '../../core/search/compile.js';
import { searchPage, type SearchBody } from '../../core/search/search-request.js';
import { auditLogJson } from './audit-log.json.js';
import { listAuditLogEntries } from './audit-log.repository.js';

/** The fields `POST /audit-logs/search` filters on, with the operators its description allows. */
export const AUDIT_LOG_SEARCH_FIELDS: Readonly<Record<string, SearchField>> = {
  action: {
    operators: ['equals', 'in', 'not_in', 'string_contains', 'string_does_not_contain'],
    sql: textColumn('audit_logs.action'),
  },
  action_happened_at: {
    operators: ['time_is_after', 'time_is_before', 'time_range'],
    sql: textColumn('audit_logs.happened_at'),
  },
};

export async function searchAuditLog(deps: Deps, actor: Actor, body: SearchBody) {
  const db = deps.store.db;
  return searchPage(db, body, {
    scope: 'audit-logs:search',
    fields: AUDIT_LOG_SEARCH_FIELDS,
    fetch: (page) => listAuditLogEntries(db, actor.workspaceId, page),
    present: (rows) => rows.map(auditLogJson),
  });
}
