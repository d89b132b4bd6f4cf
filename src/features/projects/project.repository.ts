import type { Db } from '../../core/store/database.js';
import { fromFlag, toFlag, toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';
import { readCustomFields, type StoredCustomFields } from '../custom-fields/stored-values.js';
import type { ProjectRow } from './project.table.js';

export interface Project {
  id: string;
  workspaceId: string;
  name: string;
  accountId: string | null;
  ownerId: string | null;
  descriptionHtml: string | null;
  startDate: string | null;
  endDate: string | null;
  customerPortalVisible: boolean;
  archivedAt: string | null;
  customFields: StoredCustomFields;
  createdAt: string;
  updatedAt: string;
}

const toProject = (row: ProjectRow): Project => ({
  id: row.id,
  workspaceId: row.workspace_id,
  name: row.name,
  accountId: row.account_id,
  ownerId: row.owner_id,
  descriptionHtml: row.description_html,
  startDate: row.start_date,
  endDate: row.end_date,
  customerPortalVisible: fromFlag(row.customer_portal_visible),
  archivedAt: row.archived_at,
  customFields: readCustomFields(row.custom_fields),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const columnsOf = (project: Project) => ({
  name: project.name,
  account_id: project.accountId,
  owner_id: project.ownerId,
  description_html: project.descriptionHtml,
  start_date: project.startDate,
  end_date: project.endDate,
  customer_portal_visible: toFlag(project.customerPortalVisible),
  archived_at: project.archivedAt,
  custom_fields: toJsonColumn(project.customFields),
  updated_at: project.updatedAt,
});

export async function insertProject(db: Db, project: Project): Promise<void> {
  await db
    .insertInto('projects')
    .values({ id: project.id, workspace_id: project.workspaceId, created_at: project.createdAt, ...columnsOf(project) })
    .execute();
}

export async function findProjectById(db: Db, workspaceId: string, id: string): Promise<Project | undefined> {
  const row = await db
    .selectFrom('projects')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toProject(row);
}

/** The workspace's projects in id (creation) order, after the page's position and matching its filter. */
export async function listProjects(db: Db, workspaceId: string, page: Page): Promise<Project[]> {
  let query = db.selectFrom('projects').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  if (page.matching) query = query.where(page.matching);
  return (
    await query
      .orderBy('id')
      .limit(page.limit + 1)
      .execute()
  ).map(toProject);
}

/** Saves a project's fields (not its id, workspace or creation time). */
export async function updateProjectRow(db: Db, project: Project): Promise<void> {
  await db
    .updateTable('projects')
    .set(columnsOf(project))
    .where('workspace_id', '=', project.workspaceId)
    .where('id', '=', project.id)
    .execute();
}

export async function deleteProjectRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('projects').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
