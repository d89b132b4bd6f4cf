import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { Db } from '../../core/store/database.js';
import { readObject, toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';
import type { KbCollectionRow } from './collection.table.js';

export type VisibilityConfig = ContractSchema<'CollectionVisibilityConfig'>;

export interface Collection {
  id: string;
  workspaceId: string;
  knowledgeBaseId: string;
  parentCollectionId: string | null;
  title: string;
  slug: string;
  description: string | null;
  visibilityConfig: VisibilityConfig | null;
  createdAt: string;
  updatedAt: string;
}

const toCollection = (row: KbCollectionRow): Collection => ({
  id: row.id,
  workspaceId: row.workspace_id,
  knowledgeBaseId: row.knowledge_base_id,
  parentCollectionId: row.parent_collection_id,
  title: row.title,
  slug: row.slug,
  description: row.description,
  visibilityConfig: readObject<VisibilityConfig>(row.visibility_config),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const columns = (c: Collection) => ({
  parent_collection_id: c.parentCollectionId,
  title: c.title,
  slug: c.slug,
  description: c.description,
  visibility_config: c.visibilityConfig ? toJsonColumn(c.visibilityConfig) : null,
  updated_at: c.updatedAt,
});

export async function insertCollection(db: Db, c: Collection): Promise<void> {
  await db
    .insertInto('kb_collections')
    .values({
      id: c.id,
      workspace_id: c.workspaceId,
      knowledge_base_id: c.knowledgeBaseId,
      created_at: c.createdAt,
      ...columns(c),
    })
    .execute();
}

export async function updateCollectionRow(db: Db, c: Collection): Promise<void> {
  await db
    .updateTable('kb_collections')
    .set(columns(c))
    .where('workspace_id', '=', c.workspaceId)
    .where('id', '=', c.id)
    .execute();
}

export async function findCollection(db: Db, workspaceId: string, knowledgeBaseId: string, id: string) {
  const row = await db
    .selectFrom('kb_collections')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('knowledge_base_id', '=', knowledgeBaseId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toCollection(row);
}

/** Every collection of the knowledge base in creation order; a page of them when `page` is given. */
export async function listCollections(
  db: Db,
  workspaceId: string,
  knowledgeBaseId: string,
  page?: Page,
): Promise<Collection[]> {
  let query = db
    .selectFrom('kb_collections')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('knowledge_base_id', '=', knowledgeBaseId);
  if (page?.afterId) query = query.where('id', '>', page.afterId);
  if (page) query = query.limit(page.limit + 1);
  return (await query.orderBy('id').execute()).map(toCollection);
}

/** The collection and every collection nested below it, at any depth. */
export async function collectionSubtree(db: Db, c: Collection): Promise<string[]> {
  const all = await listCollections(db, c.workspaceId, c.knowledgeBaseId);
  const subtree = [c.id];
  for (let i = 0; i < subtree.length; i++)
    for (const child of all) if (child.parentCollectionId === subtree[i]) subtree.push(child.id);
  return subtree;
}

export async function deleteCollectionRows(db: Db, workspaceId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('kb_collections').where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
}
