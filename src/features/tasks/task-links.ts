import type { Actor } from '../../core/actor.js';
import { invalid, notFound } from '../../core/errors.js';
import type { Db } from '../../core/store/database.js';
import { findMilestoneById } from '../milestones/milestone.repository.js';
import { requireAccountId, requireUserId } from '../projects/project.service.js';
import { findProjectById } from '../projects/project.repository.js';
import type { Task } from './task.repository.js';

/** What a task refers to, besides its parent. */
export type TaskLinks = Pick<Task, 'accountId' | 'assigneeId' | 'projectId' | 'milestoneId'>;

/** The references a request sets: absent keeps them, an empty string clears them. */
export interface LinkInput {
  account_id?: string;
  assignee_id?: string;
  project_id?: string;
  milestone_id?: string;
}

const cleared = (value: string | undefined) => value !== undefined && value.trim() === '';

async function requireProjectId(db: Db, actor: Actor, id: string): Promise<string> {
  if (!(await findProjectById(db, actor.workspaceId, id))) throw notFound('Project');
  return id;
}

/**
 * The task's references after a request: each named object must be the workspace's (404). A milestone belongs to
 * one project, so naming a milestone alone puts the task in its project, naming both must agree (400), and moving
 * the task to another project takes it out of its milestone.
 */
export async function resolveTaskLinks(db: Db, actor: Actor, current: TaskLinks, input: LinkInput): Promise<TaskLinks> {
  const next: TaskLinks = {
    accountId: current.accountId,
    assigneeId: current.assigneeId,
    projectId: current.projectId,
    milestoneId: current.milestoneId,
  };
  if (input.account_id !== undefined) {
    next.accountId = cleared(input.account_id) ? null : await requireAccountId(db, actor, input.account_id);
  }
  if (input.assignee_id !== undefined) {
    next.assigneeId = cleared(input.assignee_id) ? null : await requireUserId(db, actor, input.assignee_id);
  }
  if (input.project_id !== undefined) {
    next.projectId = cleared(input.project_id) ? null : await requireProjectId(db, actor, input.project_id);
    if (next.projectId !== current.projectId) next.milestoneId = null;
  }
  if (input.milestone_id === undefined) return next;
  if (cleared(input.milestone_id)) return { ...next, milestoneId: null };
  const milestone = await findMilestoneById(db, actor.workspaceId, input.milestone_id);
  if (!milestone) throw notFound('Milestone');
  if (input.project_id !== undefined && next.projectId !== milestone.projectId) {
    throw invalid('milestone_id must be a milestone of the project the task is in (project_id)');
  }
  return { ...next, projectId: milestone.projectId, milestoneId: milestone.id };
}
