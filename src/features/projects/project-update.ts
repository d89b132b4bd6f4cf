import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import type { Db } from '../../core/store/database.js';
import { recordEvent } from '../events/event.service.js';
import { checkDateOrder, refuseCustomFields, requestedDate, requiredText, storedHtml } from './project-fields.js';
import { updateProjectRow, type Project } from './project.repository.js';
import { presentProject, requireProject, requireUserId } from './project.service.js';

export type UpdateProjectInput = ContractBody<'PATCH', '/projects/{id}'>;

async function applyUpdate(db: Db, actor: Actor, project: Project, input: UpdateProjectInput): Promise<Project> {
  const next = { ...project };
  if (input.name !== undefined) next.name = requiredText(input.name, 'name');
  if (input.description_html !== undefined) next.descriptionHtml = storedHtml(input.description_html);
  if (input.owner_id !== undefined) {
    next.ownerId = input.owner_id === '' ? null : await requireUserId(db, actor, input.owner_id);
  }
  const start = requestedDate(input.start_date, 'start_date');
  if (start !== undefined) next.startDate = start;
  const end = requestedDate(input.end_date, 'end_date');
  if (end !== undefined) next.endDate = end;
  checkDateOrder(next.startDate, next.endDate);
  if (input.customer_portal_visible !== undefined) next.customerPortalVisible = input.customer_portal_visible;
  // Archiving again keeps the first archiving time.
  if (input.is_archived !== undefined) next.archivedAt = input.is_archived ? (project.archivedAt ?? nowIso()) : null;
  return next;
}

/** `PATCH /projects/{id}`: only the fields sent change; the change and its event commit together. */
export async function updateProject(deps: Deps, actor: Actor, id: string, input: UpdateProjectInput) {
  refuseCustomFields(input, 'project');
  return deps.store.db.transaction().execute(async (trx) => {
    const project = await requireProject(trx, actor, id);
    const next = await applyUpdate(trx, actor, project, input);
    next.updatedAt = nowIso();
    await updateProjectRow(trx, next);
    const json = await presentProject(trx, next);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'project.updated',
      subjectId: next.id,
      payload: { project: json },
    });
    return json;
  });
}
