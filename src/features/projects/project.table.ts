import type { Generated, Selectable } from 'kysely';

export interface ProjectsTable {
  id: string;
  workspace_id: string;
  name: string;
  account_id: string | null;
  owner_id: string | null;
  description_html: string | null;
  start_date: string | null;
  end_date: string | null;
  customer_portal_visible: Generated<number>;
  /** When the project was archived; null while it is active. */
  archived_at: string | null;
  /** JSON object of custom field values keyed by slug (features/custom-fields/stored-values.ts). */
  custom_fields: Generated<string>;
  created_at: string;
  updated_at: string;
}

export type ProjectRow = Selectable<ProjectsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    projects: ProjectsTable;
  }
}
