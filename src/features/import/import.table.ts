import type { Selectable } from 'kysely';

/** What an import brings beyond the issue's own columns; one row per imported issue. */
export interface ImportedIssuesTable {
  issue_id: string;
  workspace_id: string;
  zendesk_ticket_id: string | null;
  intercom_conversation_id: string | null;
  first_response_time: string | null;
  imported_at: string;
}

export type ImportedIssueRow = Selectable<ImportedIssuesTable>;

declare module '../../core/store/database.js' {
  interface Database {
    imported_issues: ImportedIssuesTable;
  }
}
