import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../core/store/database.js';
import { findAccountById, findExternalIdsByAccount } from '../accounts/account.repository.js';
import { recordEvent } from '../events/event.service.js';
import { findUserById } from '../users/user.repository.js';
import { checkDateOrder, requestedDate, requiredText, storedHtml } from './project-fields.js';
import { projectJson } from './project.json.js';
import { findProjectById, insertProject, type Project } from './project.repository.js';

export type CreateProjectInput = ContractBody<'POST', '/projects'>;

/** A project of the caller's workspace that a request names, or a 404. */
export async function requireProject(db: Db, actor: Actor, id: string): Promise<Project> {
  const project = await findProjectById(db, actor.workspaceId, id);
  if (!project) throw notFound('Project');
  return project;
}

/** An account a request names must be one of the workspace's. */
export async function requireAccountId(db: Db, actor: Actor, id: string): Promise<string> {
  if (!(await findAccountById(db, actor.workspaceId, id))) throw notFound('Account');
  return id;
}

/** A user a request names (owner, assignee) must be one of the workspace's. */
export async function requireUserId(db: Db, actor: Actor, id: string): Promise<string> {
  if (!(await findUserById(db, actor.workspaceId, id))) throw notFound('User');
  return id;
}

export async function presentProjects(db: Db, projects: Project[]) {
  const externalIds = await findExternalIdsByAccount(
    db,
    projects.flatMap((p) => (p.accountId ? [p.accountId] : [])),
  );
  return projects.map((p) => projectJson(p, (p.accountId && externalIds.get(p.accountId)) || []));
}

export const presentProject = async (db: Db, project: Project) => (await presentProjects(db, [project]))[0]!;

/** `POST /projects`: a project for an account; Helpline keeps no project templates, so naming one is a 404. */
export async function createProject(deps: Deps, actor: Actor, input: CreateProjectInput) {
  const db = deps.store.db;
  const name = requiredText(input.name, 'name');
  if (input.project_template_id) throw notFound('Project template');
  const startDate = requestedDate(input.start_date, 'start_date') ?? null;
  const endDate = requestedDate(input.end_date, 'end_date') ?? null;
  checkDateOrder(startDate, endDate);
  const now = nowIso();
  const project: Project = {
    id: newId(),
    workspaceId: actor.workspaceId,
    name,
    accountId: await requireAccountId(db, actor, input.account_id),
    ownerId: input.owner_id ? await requireUserId(db, actor, input.owner_id) : null,
    descriptionHtml: storedHtml(input.description_html),
    startDate,
    endDate,
    customerPortalVisible: input.customer_portal_visible ?? false,
    archivedAt: null,
    customFields: {},
    createdAt: now,
    updatedAt: now,
  };
  return db.transaction().execute(async (trx) => {
    await insertProject(trx, project);
    const json = await presentProject(trx, project);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'project.created',
      subjectId: project.id,
      payload: { project: json },
    });
    return json;
  });
}

export async function getProject(deps: Deps, actor: Actor, id: string) {
  return presentProject(deps.store.db, await requireProject(deps.store.db, actor, id));
}
