import type { Db } from '../../core/store/database.js';
import type { MilestoneRow } from './milestone.table.js';

export interface Milestone {
  id: string;
  workspaceId: string;
  projectId: string;
  accountId: string | null;
  name: string;
  dueDate: string | null;
  createdAt: string;
  updatedAt: string;
}

const toMilestone = (row: MilestoneRow): Milestone => ({
  id: row.id,
  workspaceId: row.workspace_id,
  projectId: row.project_id,
  accountId: row.account_id,
  name: row.name,
  dueDate: row.due_date,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function insertMilestone(db: Db, milestone: Milestone): Promise<void> {
  await db
    .insertInto('milestones')
    .values({
      id: milestone.id,
      workspace_id: milestone.workspaceId,
      project_id: milestone.projectId,
      account_id: milestone.accountId,
      name: milestone.name,
      due_date: milestone.dueDate,
      created_at: milestone.createdAt,
      updated_at: milestone.updatedAt,
    })
    .execute();
}

export async function findMilestoneById(db: Db, workspaceId: string, id: string): Promise<Milestone | undefined> {
  const row = await db
    .selectFrom('milestones')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toMilestone(row);
}

export async function findMilestonesByProject(db: Db, workspaceId: string, projectId: string): Promise<Milestone[]> {
  const rows = await db
    .selectFrom('milestones')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('project_id', '=', projectId)
    .orderBy('id')
    .execute();
  return rows.map(toMilestone);
}

/** Saves a milestone's name and due date, the fields a request may change. */
export async function updateMilestoneRow(db: Db, milestone: Milestone): Promise<void> {
  await db
    .updateTable('milestones')
    .set({ name: milestone.name, due_date: milestone.dueDate, updated_at: milestone.updatedAt })
    .where('workspace_id', '=', milestone.workspaceId)
    .where('id', '=', milestone.id)
    .execute();
}

export async function deleteMilestoneRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('milestones').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
