import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import type { Db } from '../../core/store/database.js';
import { findExternalIdsByAccount } from '../accounts/account.repository.js';
import { recordEvent } from '../events/event.service.js';
import { refuseCustomFields, requestedDate, requiredText, storedHtml } from '../projects/project-fields.js';
import { findProjectById } from '../projects/project.repository.js';
import { resolveTaskLinks } from './task-links.js';
import { taskJson } from './task.json.js';
import {
  findSubtaskIds,
  findTaskById,
  findUserEmails,
  insertTask,
  listTasks as listTaskRows,
  TASK_STATUSES,
  type Task,
  type TaskStatus,
} from './task.repository.js';

/** A task of the caller's workspace that a request names, or a 404. */
export async function requireTask(db: Db, actor: Actor, id: string): Promise<Task> {
  const task = await findTaskById(db, actor.workspaceId, id);
  if (!task) throw notFound('Task');
  return task;
}

export function taskStatus(value: string): TaskStatus {
  const status = TASK_STATUSES.find((s) => s === value.trim());
  if (!status) throw invalid(`status must be one of ${TASK_STATUSES.join(', ')}`);
  return status;
}

export async function presentTasks(db: Db, tasks: Task[]) {
  const workspaceId = tasks[0]?.workspaceId ?? '';
  const accountIds = await findExternalIdsByAccount(
    db,
    tasks.flatMap((t) => (t.accountId ? [t.accountId] : [])),
  );
  const emails = await findUserEmails(
    db,
    workspaceId,
    tasks.flatMap((t) => (t.assigneeId ? [t.assigneeId] : [])),
  );
  const subtasks = await findSubtaskIds(
    db,
    workspaceId,
    tasks.map((t) => t.id),
  );
  return tasks.map((t) =>
    taskJson(t, {
      accountExternalIds: (t.accountId && accountIds.get(t.accountId)) || [],
      assigneeEmail: t.assigneeId ? emails.get(t.assigneeId) : undefined,
      subtaskIds: subtasks.get(t.id) ?? [],
    }),
  );
}

export const presentTask = async (db: Db, task: Task) => (await presentTasks(db, [task]))[0]!;

/** The task as the request describes it; without an account, it is its project's account's. */
async function newTask(db: Db, actor: Actor, input: ContractBody<'POST', '/tasks'>): Promise<Task> {
  const links = await resolveTaskLinks(
    db,
    actor,
    { accountId: null, assigneeId: null, projectId: null, milestoneId: null },
    input,
  );
  if (links.accountId === null && links.projectId !== null) {
    links.accountId = (await findProjectById(db, actor.workspaceId, links.projectId))?.accountId ?? null;
  }
  const parent = input.parent_task_id ? await requireTask(db, actor, input.parent_task_id) : undefined;
  const now = nowIso();
  return {
    id: newId(),
    workspaceId: actor.workspaceId,
    title: requiredText(input.title, 'title'),
    bodyHtml: storedHtml(input.body_html),
    status: input.status === undefined ? 'not_started' : taskStatus(input.status),
    ...links,
    parentTaskId: parent?.id ?? null,
    dueDate: requestedDate(input.due_date, 'due_date') ?? null,
    customerPortalVisible: input.customer_portal_visible ?? false,
    customFields: {},
    createdAt: now,
    updatedAt: now,
  };
}

/** `POST /tasks`: the task and its event commit together; a subtask's parent then lists it. */
export async function createTask(deps: Deps, actor: Actor, input: ContractBody<'POST', '/tasks'>) {
  refuseCustomFields(input, 'task');
  return deps.store.db.transaction().execute(async (trx) => {
    const task = await newTask(trx, actor, input);
    await insertTask(trx, task);
    const json = await presentTask(trx, task);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'task.created',
      subjectId: task.id,
      payload: { task: json },
    });
    return json;
  });
}

export async function getTask(deps: Deps, actor: Actor, id: string) {
  return presentTask(deps.store.db, await requireTask(deps.store.db, actor, id));
}

export const listTasks = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `tasks:${actor.workspaceId}`,
    query,
    (page) => listTaskRows(deps.store.db, actor.workspaceId, page),
    (rows) => presentTasks(deps.store.db, rows),
  );
