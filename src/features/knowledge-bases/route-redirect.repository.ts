import type { Db } from '../../core/store/database.js';

export interface RouteRedirect {
  id: string;
  workspaceId: string;
  knowledgeBaseId: string;
  fromPath: string;
  objectType: 'article' | 'collection';
  objectId: string;
  language: string;
  createdAt: string;
}

export async function insertRouteRedirect(db: Db, r: RouteRedirect): Promise<void> {
  await db
    .insertInto('kb_route_redirects')
    .values({
      id: r.id,
      workspace_id: r.workspaceId,
      knowledge_base_id: r.knowledgeBaseId,
      from_path: r.fromPath,
      object_type: r.objectType,
      object_id: r.objectId,
      language: r.language,
      created_at: r.createdAt,
    })
    .execute();
}

/** The id of the redirect from this path in this language, if there is one. */
export async function findRouteRedirectId(db: Db, knowledgeBaseId: string, fromPath: string, language: string) {
  const row = await db
    .selectFrom('kb_route_redirects')
    .select('id')
    .where('knowledge_base_id', '=', knowledgeBaseId)
    .where('from_path', '=', fromPath)
    .where('language', '=', language)
    .executeTakeFirst();
  return row?.id;
}

/** Redirects lead nowhere once their article or collection is deleted: they go with it. */
export async function deleteRouteRedirectsTo(db: Db, workspaceId: string, objectIds: readonly string[]) {
  if (objectIds.length === 0) return;
  await db
    .deleteFrom('kb_route_redirects')
    .where('workspace_id', '=', workspaceId)
    .where('object_id', 'in', objectIds)
    .execute();
}
