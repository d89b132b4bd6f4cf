import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../core/store/database.js';
import { recordEvent } from '../events/event.service.js';
import { storedHtml } from '../projects/project-fields.js';
import { taskCommentJson } from './task-comment.json.js';
import {
  deleteTaskCommentRow,
  findTaskComment,
  insertTaskComment,
  listTaskComments,
  updateTaskCommentBody,
  type TaskComment,
} from './task-comment.repository.js';
import { findUserEmails } from './task.repository.js';
import { requireTask } from './task.service.js';

async function presentComments(db: Db, comments: TaskComment[]) {
  const emails = await findUserEmails(
    db,
    comments[0]?.workspaceId ?? '',
    comments.flatMap((c) => (c.authorUserId ? [c.authorUserId] : [])),
  );
  return comments.map((c) => taskCommentJson(c, c.authorUserId ? emails.get(c.authorUserId) : undefined));
}

const presentComment = async (db: Db, comment: TaskComment) => (await presentComments(db, [comment]))[0]!;

/** A comment body is stored sanitized and must say something once sanitized. */
function commentBody(html: string): string {
  const body = storedHtml(html);
  if (body === null) throw invalid('body_html must not be empty');
  return body;
}

/** The comment a request names, on the task it names; only its author may change or delete it (400 for others). */
async function requireOwnComment(db: Db, actor: Actor, taskId: string, id: string): Promise<TaskComment> {
  await requireTask(db, actor, taskId);
  const comment = await findTaskComment(db, actor.workspaceId, taskId, id);
  if (!comment) throw notFound('Comment');
  if (comment.authorUserId !== actor.userId) throw invalid('Only the author of a comment may change or delete it');
  return comment;
}

export async function listCommentsOfTask(deps: Deps, actor: Actor, taskId: string) {
  const db = deps.store.db;
  await requireTask(db, actor, taskId);
  return presentComments(db, await listTaskComments(db, actor.workspaceId, taskId));
}

/** `POST /tasks/{id}/comments`: the token's user is the author. */
export async function createTaskComment(
  deps: Deps,
  actor: Actor,
  taskId: string,
  input: ContractBody<'POST', '/tasks/{id}/comments'>,
) {
  const bodyHtml = commentBody(input.body_html);
  return deps.store.db.transaction().execute(async (trx) => {
    await requireTask(trx, actor, taskId);
    const now = nowIso();
    const comment: TaskComment = {
      id: newId(),
      workspaceId: actor.workspaceId,
      taskId,
      authorUserId: actor.userId,
      bodyHtml,
      isInternal: input.is_internal ?? false,
      lastEditedAt: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertTaskComment(trx, comment);
    const json = await presentComment(trx, comment);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'task_comment.created',
      subjectId: comment.id,
      payload: { comment: json },
    });
    return json;
  });
}

export async function updateTaskComment(
  deps: Deps,
  actor: Actor,
  params: { id: string; comment_id: string },
  input: ContractBody<'PATCH', '/tasks/{id}/comments/{comment_id}'>,
) {
  const bodyHtml = commentBody(input.body_html);
  return deps.store.db.transaction().execute(async (trx) => {
    const comment = await requireOwnComment(trx, actor, params.id, params.comment_id);
    const now = nowIso();
    const next = { ...comment, bodyHtml, lastEditedAt: now, updatedAt: now };
    await updateTaskCommentBody(trx, next);
    const json = await presentComment(trx, next);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'task_comment.updated',
      subjectId: next.id,
      payload: { comment: json },
    });
    return json;
  });
}

export async function deleteTaskComment(deps: Deps, actor: Actor, params: { id: string; comment_id: string }) {
  await deps.store.db.transaction().execute(async (trx) => {
    const comment = await requireOwnComment(trx, actor, params.id, params.comment_id);
    await deleteTaskCommentRow(trx, actor.workspaceId, comment.id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'task_comment.deleted',
      subjectId: comment.id,
      payload: { comment_id: comment.id, task_id: comment.taskId },
    });
  });
}
