import type { Db } from '../../core/store/database.js';
import { fromFlag, toFlag, toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';
import { readCustomFields, type StoredCustomFields } from '../custom-fields/stored-values.js';
import type { TaskRow } from './task.table.js';

/** The statuses a task moves through, as `POST /tasks/search` lists them. */
export const TASK_STATUSES = ['not_started', 'in_progress', 'completed'] as const;
export type TaskStatus = (typeof TASK_STATUSES)[number];

export interface Task {
  id: string;
  workspaceId: string;
  title: string;
  bodyHtml: string | null;
  status: TaskStatus;
  accountId: string | null;
  assigneeId: string | null;
  projectId: string | null;
  milestoneId: string | null;
  parentTaskId: string | null;
  dueDate: string | null;
  customerPortalVisible: boolean;
  customFields: StoredCustomFields;
  createdAt: string;
  updatedAt: string;
}

const toTask = (row: TaskRow): Task => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  bodyHtml: row.body_html,
  status: TASK_STATUSES.find((s) => s === row.status) ?? 'not_started',
  accountId: row.account_id,
  assigneeId: row.assignee_id,
  projectId: row.project_id,
  milestoneId: row.milestone_id,
  parentTaskId: row.parent_task_id,
  dueDate: row.due_date,
  customerPortalVisible: fromFlag(row.customer_portal_visible),
  customFields: readCustomFields(row.custom_fields),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const columnsOf = (task: Task) => ({
  title: task.title,
  body_html: task.bodyHtml,
  status: task.status,
  account_id: task.accountId,
  assignee_id: task.assigneeId,
  project_id: task.projectId,
  milestone_id: task.milestoneId,
  parent_task_id: task.parentTaskId,
  due_date: task.dueDate,
  customer_portal_visible: toFlag(task.customerPortalVisible),
  custom_fields: toJsonColumn(task.customFields),
  updated_at: task.updatedAt,
});

export async function insertTask(db: Db, task: Task): Promise<void> {
  await db
    .insertInto('tasks')
    .values({ id: task.id, workspace_id: task.workspaceId, created_at: task.createdAt, ...columnsOf(task) })
    .execute();
}

export async function findTaskById(db: Db, workspaceId: string, id: string): Promise<Task | undefined> {
  const row = await db
    .selectFrom('tasks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toTask(row);
}

/** The workspace's tasks in id (creation) order, after the page's position and matching its filter. */
export async function listTasks(db: Db, workspaceId: string, page: Page): Promise<Task[]> {
  let query = db.selectFrom('tasks').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  if (page.matching) query = query.where(page.matching);
  return (
    await query
      .orderBy('id')
      .limit(page.limit + 1)
      .execute()
  ).map(toTask);
}

/** The tasks that refer to a project, a milestone or a parent task. */
export async function findTasksReferring(
  db: Db,
  workspaceId: string,
  column: 'project_id' | 'milestone_id' | 'parent_task_id',
  id: string,
): Promise<Task[]> {
  const rows = await db
    .selectFrom('tasks')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(column, '=', id)
    .orderBy('id')
    .execute();
  return rows.map(toTask);
}

/** The ids of the subtasks of each task, in creation order. */
export async function findSubtaskIds(db: Db, workspaceId: string, taskIds: string[]): Promise<Map<string, string[]>> {
  const subtasks = new Map<string, string[]>();
  if (taskIds.length === 0) return subtasks;
  const rows = await db
    .selectFrom('tasks')
    .select(['id', 'parent_task_id'])
    .where('workspace_id', '=', workspaceId)
    .where('parent_task_id', 'in', [...new Set(taskIds)])
    .orderBy('id')
    .execute();
  for (const row of rows) subtasks.set(row.parent_task_id!, [...(subtasks.get(row.parent_task_id!) ?? []), row.id]);
  return subtasks;
}

/** The emails of the workspace's users by id, for the `assignee` and `author` of tasks and comments. */
export async function findUserEmails(db: Db, workspaceId: string, userIds: string[]): Promise<Map<string, string>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .selectFrom('users')
    .select(['id', 'email'])
    .where('workspace_id', '=', workspaceId)
    .where('id', 'in', [...new Set(userIds)])
    .execute();
  return new Map(rows.map((r) => [r.id, r.email]));
}

/** Saves a task's fields (not its id, workspace or creation time). */
export async function updateTaskRow(db: Db, task: Task): Promise<void> {
  await db
    .updateTable('tasks')
    .set(columnsOf(task))
    .where('workspace_id', '=', task.workspaceId)
    .where('id', '=', task.id)
    .execute();
}

/** Deletes a task; its comments go with it (the foreign key cascades). */
export async function deleteTaskRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('tasks').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
