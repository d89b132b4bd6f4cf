import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody, ContractSchema } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import { recordEvent } from '../events/event.service.js';
import { findArticle } from '../kb-articles/article.repository.js';
import { findCollection } from '../kb-collections/collection.repository.js';
import { requireKnowledgeBase } from './knowledge-base.service.js';
import { supportedLanguage } from './language.js';
import { findRouteRedirectId, insertRouteRedirect, type RouteRedirect } from './route-redirect.repository.js';

type CreateRouteRedirectInput = ContractBody<'POST', '/knowledge-bases/:id/route-redirects'>;

const routeRedirectJson = (r: RouteRedirect): ContractSchema<'RouteRedirect'> => ({
  id: r.id,
  from_path: r.fromPath,
  object_type: r.objectType,
  object_id: r.objectId,
  language: r.language,
  created_at: r.createdAt,
});

/** A path of the site: starts with `/`, no scheme or host, no spaces. */
function fromPath(value: string): string {
  if (!/^\/[^\s?#]*$/.test(value) || value.length > 1000)
    throw invalid('from_path must be a path of the knowledge base site, starting with /');
  return value;
}

async function failIfTaken(db: Db, r: RouteRedirect): Promise<void> {
  const existing = await findRouteRedirectId(db, r.knowledgeBaseId, r.fromPath, r.language);
  if (existing) throw duplicate(`A redirect from ${r.fromPath} already exists`, existing);
}

/** One redirect per path and language; the object it leads to must be an article or collection of the same base. */
export async function createRouteRedirect(deps: Deps, actor: Actor, kbId: string, input: CreateRouteRedirectInput) {
  if (input.object_type !== 'article' && input.object_type !== 'collection')
    throw invalid('object_type must be "article" or "collection"');
  const objectType = input.object_type;
  const db = deps.store.db;
  const kb = await requireKnowledgeBase(db, actor, kbId);
  const redirect: RouteRedirect = {
    id: newId(),
    workspaceId: actor.workspaceId,
    knowledgeBaseId: kb.id,
    fromPath: fromPath(input.from_path),
    objectType,
    objectId: input.object_id,
    language: supportedLanguage(kb, input.language),
    createdAt: nowIso(),
  };
  await failIfTaken(db, redirect);
  try {
    return await db.transaction().execute(async (trx) => {
      const find = objectType === 'article' ? findArticle : findCollection;
      if (!(await find(trx, actor.workspaceId, kb.id, input.object_id)))
        throw notFound(objectType === 'article' ? 'Article' : 'Collection');
      await insertRouteRedirect(trx, redirect);
      const json = routeRedirectJson(redirect);
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'route_redirect.created',
        subjectId: redirect.id,
        payload: { route_redirect: json, knowledge_base_id: kb.id },
      });
      return json;
    });
  } catch (error) {
    if (isUniqueViolation(error)) await failIfTaken(db, redirect);
    throw error;
  }
}
