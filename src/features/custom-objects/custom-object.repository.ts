import type { Db } from '../../core/store/database.js';
import { toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';
import { readCustomFields, type StoredCustomFields } from '../custom-fields/stored-values.js';
import type { CustomObjectRow } from './custom-object.table.js';

/** A record of a custom object type. */
export interface CustomObject {
  id: string;
  workspaceId: string;
  typeId: string;
  name: string;
  accountId: string | null;
  customFields: StoredCustomFields;
  createdAt: string;
  updatedAt: string;
}

const toCustomObject = (row: CustomObjectRow): CustomObject => ({
  id: row.id,
  workspaceId: row.workspace_id,
  typeId: row.type_id,
  name: row.name,
  accountId: row.account_id,
  customFields: readCustomFields(row.custom_fields),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function insertCustomObject(db: Db, object: CustomObject): Promise<void> {
  await db
    .insertInto('custom_objects')
    .values({
      id: object.id,
      workspace_id: object.workspaceId,
      type_id: object.typeId,
      name: object.name,
      account_id: object.accountId,
      custom_fields: toJsonColumn(object.customFields),
      created_at: object.createdAt,
      updated_at: object.updatedAt,
    })
    .execute();
}

/** Saves what a record's update may change. */
export async function updateCustomObjectRow(db: Db, object: CustomObject): Promise<void> {
  await db
    .updateTable('custom_objects')
    .set({
      name: object.name,
      account_id: object.accountId,
      custom_fields: toJsonColumn(object.customFields),
      updated_at: object.updatedAt,
    })
    .where('workspace_id', '=', object.workspaceId)
    .where('id', '=', object.id)
    .execute();
}

export async function findCustomObjectById(
  db: Db,
  workspaceId: string,
  typeId: string,
  id: string,
): Promise<CustomObject | undefined> {
  const row = await db
    .selectFrom('custom_objects')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('type_id', '=', typeId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toCustomObject(row);
}

export async function findCustomObjectsByIds(
  db: Db,
  workspaceId: string,
  typeId: string,
  ids: readonly string[],
): Promise<CustomObject[]> {
  if (ids.length === 0) return [];
  const rows = await db
    .selectFrom('custom_objects')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('type_id', '=', typeId)
    .where('id', 'in', [...ids])
    .orderBy('id')
    .execute();
  return rows.map(toCustomObject);
}

/** One page of a type's records in creation order, only those `page.matching` when it is given. */
export async function listCustomObjects(db: Db, workspaceId: string, typeId: string, page: Page) {
  let query = db
    .selectFrom('custom_objects')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('type_id', '=', typeId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  if (page.matching) query = query.where(page.matching);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toCustomObject);
}

export async function deleteCustomObjectRow(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('custom_objects').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}
