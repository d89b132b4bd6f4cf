import type { Generated, Selectable } from 'kysely';

export interface TasksTable {
  id: string;
  workspace_id: string;
  title: string;
  body_html: string | null;
  /** One of TASK_STATUSES. */
  status: string;
  account_id: string | null;
  assignee_id: string | null;
  project_id: string | null;
  milestone_id: string | null;
  /** The task this one is a subtask of. */
  parent_task_id: string | null;
  due_date: string | null;
  customer_portal_visible: Generated<number>;
  /** JSON object of custom field values keyed by slug (features/custom-fields/stored-values.ts). */
  custom_fields: Generated<string>;
  created_at: string;
  updated_at: string;
}

export interface TaskCommentsTable {
  id: string;
  workspace_id: string;
  task_id: string;
  /** The user who wrote it; null once that user is gone. */
  author_user_id: string | null;
  body_html: string;
  is_internal: Generated<number>;
  last_edited_at: string | null;
  created_at: string;
  updated_at: string;
}

export type TaskRow = Selectable<TasksTable>;
export type TaskCommentRow = Selectable<TaskCommentsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    tasks: TasksTable;
    task_comments: TaskCommentsTable;
  }
}
