import type { Generated, Selectable } from 'kysely';

export interface WorkspacesTable {
  id: string;
  name: string;
  issue_counter: Generated<number>;
  /** Inbound email to this address opens issues in this workspace. */
  support_email: string | null;
  created_at: string;
}

export type WorkspaceRow = Selectable<WorkspacesTable>;

declare module '../../core/store/database.js' {
  interface Database {
    workspaces: WorkspacesTable;
  }
}
