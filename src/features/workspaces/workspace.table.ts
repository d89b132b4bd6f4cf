import type { Generated, Selectable } from 'kysely';

export interface WorkspacesTable {
  id: string;
  name: string;
  issue_counter: Generated<number>;
  /** Inbound email to this address opens issues in this workspace. */
  support_email: string | null;
  /** The name outgoing mail from the support address carries (`"Acme Support" <support@acme.test>`). */
  support_display_name: string | null;
  /** Moved by triggers whenever a user's or contact's name, email or avatar changes (migration 019). */
  people_version: Generated<number>;
  created_at: string;
}

export type WorkspaceRow = Selectable<WorkspacesTable>;

declare module '../../core/store/database.js' {
  interface Database {
    workspaces: WorkspacesTable;
  }
}
