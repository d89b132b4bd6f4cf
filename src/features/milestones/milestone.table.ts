import type { Selectable } from 'kysely';

export interface MilestonesTable {
  id: string;
  workspace_id: string;
  project_id: string;
  account_id: string | null;
  name: string;
  due_date: string | null;
  created_at: string;
  updated_at: string;
}

export type MilestoneRow = Selectable<MilestonesTable>;

declare module '../../core/store/database.js' {
  interface Database {
    milestones: MilestonesTable;
  }
}
