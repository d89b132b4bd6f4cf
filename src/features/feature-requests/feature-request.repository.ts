import type { Expression, SqlBool } from 'kysely';
import type { Db } from '../../core/store/database.js';
import { readStringArray, toJsonColumn } from '../../core/store/json-columns.js';
import { readCustomFields, type StoredCustomFields } from '../custom-fields/stored-values.js';
import type { FeatureRequestRow } from './feature-request.table.js';

export interface FeatureRequest {
  id: string;
  workspaceId: string;
  title: string;
  description: string;
  requestStatus: string;
  customFields: StoredCustomFields;
  portalAccountIds: string[];
  createdAt: string;
  updatedAt: string;
}

const toFeatureRequest = (row: FeatureRequestRow): FeatureRequest => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  description: row.description,
  requestStatus: row.request_status,
  customFields: readCustomFields(row.custom_fields),
  portalAccountIds: readStringArray(row.portal_account_ids),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const changeableColumns = (request: FeatureRequest) => ({
  title: request.title,
  description: request.description,
  request_status: request.requestStatus,
  custom_fields: toJsonColumn(request.customFields),
  portal_account_ids: toJsonColumn(request.portalAccountIds),
  updated_at: request.updatedAt,
});

export async function insertFeatureRequest(db: Db, request: FeatureRequest): Promise<void> {
  await db
    .insertInto('feature_requests')
    .values({
      id: request.id,
      workspace_id: request.workspaceId,
      created_at: request.createdAt,
      ...changeableColumns(request),
    })
    .execute();
}

export async function updateFeatureRequest(db: Db, request: FeatureRequest): Promise<void> {
  await db
    .updateTable('feature_requests')
    .set(changeableColumns(request))
    .where('workspace_id', '=', request.workspaceId)
    .where('id', '=', request.id)
    .execute();
}

export async function deleteFeatureRequest(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('feature_requests').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export async function findFeatureRequestById(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<FeatureRequest | undefined> {
  const row = await db
    .selectFrom('feature_requests')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toFeatureRequest(row);
}

/** The first `limit` feature requests matching the condition, oldest first. */
export async function listFeatureRequests(
  db: Db,
  workspaceId: string,
  limit: number,
  matching: Expression<SqlBool>,
): Promise<FeatureRequest[]> {
  const rows = await db
    .selectFrom('feature_requests')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where(matching)
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map(toFeatureRequest);
}
