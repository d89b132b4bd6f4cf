import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { recordEvent } from '../events/event.service.js';
import { refuseCustomFields, requestedDate, requiredText, storedHtml } from '../projects/project-fields.js';
import { resolveTaskLinks } from './task-links.js';
import { detachTasks } from './task-detach.js';
import { deleteTaskRow, updateTaskRow, type Task } from './task.repository.js';
import { presentTask, requireTask, taskStatus } from './task.service.js';

export type UpdateTaskInput = ContractBody<'PATCH', '/tasks/{id}'>;

function applyFields(task: Task, input: UpdateTaskInput): Task {
  const next = { ...task };
  if (input.title !== undefined) next.title = requiredText(input.title, 'title');
  if (input.body_html !== undefined) next.bodyHtml = storedHtml(input.body_html);
  if (input.status !== undefined) next.status = taskStatus(input.status);
  const due = requestedDate(input.due_date, 'due_date');
  if (due !== undefined) next.dueDate = due;
  if (input.customer_portal_visible !== undefined) next.customerPortalVisible = input.customer_portal_visible;
  return next;
}

/** `PATCH /tasks/{id}`: only the fields sent change (an empty id or date clears it); the event commits with it. */
export async function updateTask(deps: Deps, actor: Actor, id: string, input: UpdateTaskInput) {
  refuseCustomFields(input, 'task');
  return deps.store.db.transaction().execute(async (trx) => {
    const task = await requireTask(trx, actor, id);
    const next = { ...applyFields(task, input), ...(await resolveTaskLinks(trx, actor, task, input)) };
    next.updatedAt = nowIso();
    await updateTaskRow(trx, next);
    const json = await presentTask(trx, next);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'task.updated',
      subjectId: id,
      payload: { task: json },
    });
    return json;
  });
}

/** `DELETE /tasks/{id}`: its comments go with it; its subtasks stay, as tasks of their own (each announced). */
export async function deleteTask(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.store.db.transaction().execute(async (trx) => {
    const task = await requireTask(trx, actor, id);
    await detachTasks(trx, actor, 'parent_task_id', task.id);
    await deleteTaskRow(trx, actor.workspaceId, task.id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'task.deleted',
      subjectId: id,
      payload: { task_id: id },
    });
  });
}
