import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Db } from '../../core/store/database.js';
import { recordEvent } from '../events/event.service.js';
import { articleIdsInCollections, deleteArticleRows } from '../kb-articles/article.repository.js';
import { requireKnowledgeBase } from '../knowledge-bases/knowledge-base.service.js';
import { deleteRouteRedirectsTo } from '../knowledge-bases/route-redirect.repository.js';
import { chosenSlug, requiredTitle, slugFrom } from '../knowledge-bases/slug.js';
import { collectionJson } from './collection.json.js';
import {
  collectionSubtree,
  deleteCollectionRows,
  findCollection,
  insertCollection,
  listCollections as listCollectionRows,
  updateCollectionRow,
  type Collection,
} from './collection.repository.js';
import { visibilityConfig } from './visibility.js';

type CreateCollectionInput = ContractBody<'POST', '/knowledge-bases/:id/collections'>;
type UpdateCollectionInput = ContractBody<'PATCH', '/knowledge-bases/:id/collections/:collection_id'>;

/** The collection, in the knowledge base (both the caller's workspace's). */
export async function requireCollection(db: Db, actor: Actor, knowledgeBaseId: string, id: string) {
  const kb = await requireKnowledgeBase(db, actor, knowledgeBaseId);
  const collection = await findCollection(db, actor.workspaceId, kb.id, id);
  if (!collection) throw notFound('Collection');
  return collection;
}

const description = (value: string | undefined, current: string | null) =>
  value === undefined ? current : value.trim() === '' ? null : value;

async function announce(db: Db, actor: Actor, type: 'collection.created' | 'collection.updated', c: Collection) {
  const json = collectionJson(c);
  await recordEvent(db, {
    workspaceId: actor.workspaceId,
    type,
    subjectId: c.id,
    payload: { collection: json, knowledge_base_id: c.knowledgeBaseId },
  });
  return json;
}

export async function createCollection(deps: Deps, actor: Actor, kbId: string, input: CreateCollectionInput) {
  const title = requiredTitle(input.title);
  const slug = input.slug === undefined ? slugFrom(title) : chosenSlug(input.slug);
  return deps.store.db.transaction().execute(async (trx) => {
    const kb = await requireKnowledgeBase(trx, actor, kbId);
    if (
      input.parent_collection_id !== undefined &&
      !(await findCollection(trx, actor.workspaceId, kb.id, input.parent_collection_id))
    )
      throw notFound('Parent collection');
    const now = nowIso();
    const collection: Collection = {
      id: newId(),
      workspaceId: actor.workspaceId,
      knowledgeBaseId: kb.id,
      parentCollectionId: input.parent_collection_id ?? null,
      title,
      slug,
      description: description(input.description, null),
      visibilityConfig: null,
      createdAt: now,
      updatedAt: now,
    };
    await insertCollection(trx, collection);
    return announce(trx, actor, 'collection.created', collection);
  });
}

export async function updateCollection(
  deps: Deps,
  actor: Actor,
  kbId: string,
  id: string,
  input: UpdateCollectionInput,
) {
  return deps.store.db.transaction().execute(async (trx) => {
    const current = await requireCollection(trx, actor, kbId, id);
    const next: Collection = {
      ...current,
      title: input.title === undefined ? current.title : requiredTitle(input.title),
      slug: input.slug === undefined ? current.slug : chosenSlug(input.slug),
      description: description(input.description, current.description),
      visibilityConfig:
        input.visibility_config === undefined ? current.visibilityConfig : visibilityConfig(input.visibility_config),
      updatedAt: nowIso(),
    };
    await updateCollectionRow(trx, next);
    return announce(trx, actor, 'collection.updated', next);
  });
}

/**
 * Deletes the collection, the collections nested in it and every article in any of them, for good: the articles'
 * text leaves the full-text index in the same transaction, and what the database keeps of it afterwards is purged.
 */
export async function deleteCollection(deps: Deps, actor: Actor, kbId: string, id: string): Promise<void> {
  await deps.store.db.transaction().execute(async (trx) => {
    const collection = await requireCollection(trx, actor, kbId, id);
    const collectionIds = await collectionSubtree(trx, collection);
    const articleIds = await articleIdsInCollections(trx, actor.workspaceId, collectionIds);
    await deleteArticleRows(trx, actor.workspaceId, articleIds);
    await deleteCollectionRows(trx, actor.workspaceId, collectionIds);
    await deleteRouteRedirectsTo(trx, actor.workspaceId, [...collectionIds, ...articleIds]);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'collection.deleted',
      subjectId: collection.id,
      payload: {
        collection_id: collection.id,
        knowledge_base_id: collection.knowledgeBaseId,
        deleted_collection_ids: collectionIds,
        deleted_article_ids: articleIds,
      },
    });
  });
  await deps.store.purgeResidue(['kb_articles']);
}

export async function getCollection(deps: Deps, actor: Actor, kbId: string, id: string) {
  return collectionJson(await requireCollection(deps.store.db, actor, kbId, id));
}

/** The contract lists a knowledge base's collections whole, without pages. */
export async function listCollections(deps: Deps, actor: Actor, kbId: string) {
  const db = deps.store.db;
  const kb = await requireKnowledgeBase(db, actor, kbId);
  return (await listCollectionRows(db, actor.workspaceId, kb.id)).map(collectionJson);
}
