import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { recordEvent } from '../events/event.service.js';
import { findMilestonesByProject } from '../milestones/milestone.repository.js';
import { removeMilestone } from '../milestones/milestone.service.js';
import { detachTasks } from '../tasks/task-detach.js';
import { deleteProjectRow } from './project.repository.js';
import { requireProject } from './project.service.js';

/**
 * `DELETE /projects/{id}`: the project and its milestones go; its tasks stay, outside any project. Every change is
 * announced, in the one transaction.
 */
export async function deleteProject(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.store.db.transaction().execute(async (trx) => {
    const project = await requireProject(trx, actor, id);
    for (const milestone of await findMilestonesByProject(trx, actor.workspaceId, project.id)) {
      await removeMilestone(trx, actor, milestone);
    }
    await detachTasks(trx, actor, 'project_id', project.id);
    await deleteProjectRow(trx, actor.workspaceId, project.id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'project.deleted',
      subjectId: project.id,
      payload: { project_id: project.id },
    });
  });
}
