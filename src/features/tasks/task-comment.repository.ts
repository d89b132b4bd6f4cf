import type { Db } from '../../core/store/database.js';
import { fromFlag, toFlag } from '../../core/store/json-columns.js';
import type { TaskCommentRow } from './task.table.js';

export interface TaskComment {
  id: string;
  workspaceId: string;
  taskId: string;
  authorUserId: string | null;
  bodyHtml: string;
  isInternal: boolean;
  lastEditedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

const toComment = (row: TaskCommentRow): TaskComment => ({
  id: row.id,
  workspaceId: row.workspace_id,
  taskId: row.task_id,
  authorUserId: row.author_user_id,
  bodyHtml: row.body_html,
  isInternal: fromFlag(row.is_internal),
  lastEditedAt: row.last_edited_at,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function insertTaskComment(db: Db, comment: TaskComment): Promise<void> {
  await db
    .insertInto('task_comments')
    .values({
      id: comment.id,
      workspace_id: comment.workspaceId,
      task_id: comment.taskId,
      author_user_id: comment.authorUserId,
      body_html: comment.bodyHtml,
      is_internal: toFlag(comment.isInternal),
      last_edited_at: comment.lastEditedAt,
      created_at: comment.createdAt,
      updated_at: comment.updatedAt,
    })
    .execute();
}

export async function findTaskComment(
  db: Db,
  workspaceId: string,
  taskId: string,
  id: string,
): Promise<TaskComment | undefined> {
  const row = await db
    .selectFrom('task_comments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('task_id', '=', taskId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toComment(row);
}

/** A task's comments in the order they were written. */
export async function listTaskComments(db: Db, workspaceId: string, taskId: string): Promise<TaskComment[]> {
  const rows = await db
    .selectFrom('task_comments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('task_id', '=', taskId)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map(toComment);
}

/** Saves an edited body and its edit time. */
export async function updateTaskCommentBody(db: Db, comment: TaskComment): Promise<void> {
  await db
    .updateTable('task_comments')
    .set({ body_html: comment.bodyHtml, last_edited_at: comment.lastEditedAt, updated_at: comment.updatedAt })
    .where('workspace_id', '=', comment.workspaceId)
    .where('id', '=', comment.id)
    .execute();
}

export async function deleteTaskCommentRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('task_comments').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
