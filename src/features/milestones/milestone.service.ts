import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../core/store/database.js';
import { findAccountById, findExternalIdsByAccount } from '../accounts/account.repository.js';
import { recordEvent } from '../events/event.service.js';
import { requestedDate, requiredText } from '../projects/project-fields.js';
import { findProjectById } from '../projects/project.repository.js';
import { detachTasks } from '../tasks/task-detach.js';
import { milestoneJson } from './milestone.json.js';
import {
  deleteMilestoneRow,
  findMilestoneById,
  insertMilestone,
  updateMilestoneRow,
  type Milestone,
} from './milestone.repository.js';

/** A milestone of the caller's workspace that a request names, or a 404. */
export async function requireMilestone(db: Db, actor: Actor, id: string): Promise<Milestone> {
  const milestone = await findMilestoneById(db, actor.workspaceId, id);
  if (!milestone) throw notFound('Milestone');
  return milestone;
}

async function presentMilestone(db: Db, milestone: Milestone) {
  const accountId = milestone.accountId;
  const externalIds = accountId ? await findExternalIdsByAccount(db, [accountId]) : undefined;
  return milestoneJson(milestone, (accountId && externalIds?.get(accountId)) || []);
}

/** `POST /milestones`: a milestone of a project, for the project's account unless the request names another. */
export async function createMilestone(deps: Deps, actor: Actor, input: ContractBody<'POST', '/milestones'>) {
  const db = deps.store.db;
  const name = requiredText(input.name, 'name');
  const dueDate = requestedDate(input.due_date, 'due_date') ?? null;
  return db.transaction().execute(async (trx) => {
    const project = await findProjectById(trx, actor.workspaceId, input.project_id);
    if (!project) throw notFound('Project');
    if (input.account_id && !(await findAccountById(trx, actor.workspaceId, input.account_id))) {
      throw notFound('Account');
    }
    const now = nowIso();
    const milestone: Milestone = {
      id: newId(),
      workspaceId: actor.workspaceId,
      projectId: project.id,
      accountId: input.account_id || project.accountId,
      name,
      dueDate,
      createdAt: now,
      updatedAt: now,
    };
    await insertMilestone(trx, milestone);
    const json = await presentMilestone(trx, milestone);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'milestone.created',
      subjectId: milestone.id,
      payload: { milestone: json },
    });
    return json;
  });
}

export async function getMilestone(deps: Deps, actor: Actor, id: string) {
  return presentMilestone(deps.store.db, await requireMilestone(deps.store.db, actor, id));
}

/** `PATCH /milestones/{id}`: the name and due date (an empty due date clears it). */
export async function updateMilestone(
  deps: Deps,
  actor: Actor,
  id: string,
  input: ContractBody<'PATCH', '/milestones/{id}'>,
) {
  const name = input.name === undefined ? undefined : requiredText(input.name, 'name');
  const dueDate = requestedDate(input.due_date, 'due_date');
  return deps.store.db.transaction().execute(async (trx) => {
    const milestone = await requireMilestone(trx, actor, id);
    const next: Milestone = {
      ...milestone,
      name: name ?? milestone.name,
      dueDate: dueDate === undefined ? milestone.dueDate : dueDate,
      updatedAt: nowIso(),
    };
    await updateMilestoneRow(trx, next);
    const json = await presentMilestone(trx, next);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'milestone.updated',
      subjectId: next.id,
      payload: { milestone: json },
    });
    return json;
  });
}

/** Deletes a milestone in the caller's transaction; its tasks stay, without a milestone (each announced). */
export async function removeMilestone(db: Db, actor: Actor, milestone: Milestone): Promise<void> {
  await detachTasks(db, actor, 'milestone_id', milestone.id);
  await deleteMilestoneRow(db, actor.workspaceId, milestone.id);
  await recordEvent(db, {
    workspaceId: actor.workspaceId,
    type: 'milestone.deleted',
    subjectId: milestone.id,
    payload: { milestone_id: milestone.id, project_id: milestone.projectId },
  });
}

export async function deleteMilestone(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.store.db
    .transaction()
    .execute(async (trx) => removeMilestone(trx, actor, await requireMilestone(trx, actor, id)));
}
