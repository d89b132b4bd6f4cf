import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Db } from '../../core/store/database.js';
import { recordEvent } from '../events/event.service.js';
import { findTasksReferring, updateTaskRow } from './task.repository.js';
import { presentTasks } from './task.service.js';

/**
 * Before a project, milestone or parent task is deleted, the tasks that refer to it lose that reference (a task
 * leaving its project leaves its milestone too), each change announced as `task.updated` in the caller's transaction.
 */
export async function detachTasks(
  db: Db,
  actor: Actor,
  column: 'project_id' | 'milestone_id' | 'parent_task_id',
  id: string,
): Promise<void> {
  const now = nowIso();
  const changed = (await findTasksReferring(db, actor.workspaceId, column, id)).map((task) => ({
    ...task,
    projectId: column === 'project_id' ? null : task.projectId,
    milestoneId: column === 'project_id' || column === 'milestone_id' ? null : task.milestoneId,
    parentTaskId: column === 'parent_task_id' ? null : task.parentTaskId,
    updatedAt: now,
  }));
  for (const task of changed) await updateTaskRow(db, task);
  const shown = await presentTasks(db, changed);
  for (const [i, task] of changed.entries()) {
    await recordEvent(db, {
      workspaceId: actor.workspaceId,
      type: 'task.updated',
      subjectId: task.id,
      payload: { task: shown[i]! },
    });
  }
}
