import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { newId } from '../../core/ids.js';
import { pageById, pageSize } from '../../core/pagination.js';
import type { Db } from '../../core/store/database.js';
import { dialectOf } from '../../core/store/dialect.js';
import { sql, type SqlBool } from 'kysely';
import { recordEvent } from '../events/event.service.js';
import { visibilityConfig } from '../kb-collections/visibility.js';
import { requireKnowledgeBase } from '../knowledge-bases/knowledge-base.service.js';
import type { KnowledgeBase } from '../knowledge-bases/knowledge-base.repository.js';
import { deleteRouteRedirectsTo } from '../knowledge-bases/route-redirect.repository.js';
import { chosenSlug, requiredTitle, slugFrom } from '../knowledge-bases/slug.js';
import { articleJson, articleTagsById } from './article.json.js';
import {
  deleteArticleRows,
  insertArticle,
  listArticles as listArticleRows,
  type Article,
} from './article.repository.js';
import {
  articleBody,
  newIdentifier,
  readLanguage,
  requireArticle,
  requireCollectionOf,
  requireUser,
  translationsOf,
} from './article.rules.js';

type CreateArticleInput = ContractBody<'POST', '/knowledge-bases/:id/articles'>;

/** Articles as the API shows them, in one language. */
export async function presentArticles(
  deps: Deps,
  db: Db,
  kb: KnowledgeBase,
  articles: readonly Article[],
  language = kb.defaultLanguage,
) {
  const tags = await articleTagsById(db, kb.workspaceId, articles);
  return articles.map((a) => articleJson(a, { kb, publicUrl: deps.publicUrl, language, tags }));
}

/** Records `article.created` or `article.updated` and answers the article in its default language. */
export async function announceArticle(
  deps: Deps,
  db: Db,
  kb: KnowledgeBase,
  type: 'article.created' | 'article.updated',
  article: Article,
) {
  const [json] = await presentArticles(deps, db, kb, [article]);
  await recordEvent(db, {
    workspaceId: kb.workspaceId,
    type,
    subjectId: article.id,
    payload: { article: json!, knowledge_base_id: kb.id },
  });
  return json!;
}

async function newArticle(db: Db, actor: Actor, kb: KnowledgeBase, input: CreateArticleInput): Promise<Article> {
  const title = requiredTitle(input.title);
  const body = articleBody(input.body_html);
  const now = nowIso();
  const published = input.is_published === true;
  return {
    id: newId(),
    workspaceId: actor.workspaceId,
    knowledgeBaseId: kb.id,
    collectionId:
      input.collection_id === undefined ? null : await requireCollectionOf(db, actor, kb, input.collection_id),
    identifier: newIdentifier(),
    title,
    slug: input.slug === undefined ? slugFrom(title) : chosenSlug(input.slug),
    authorUserId: await requireUser(db, actor, input.author_user_id, 'Author user'),
    bodyHtml: body,
    publishedBodyHtml: published ? body : null,
    isPublished: published,
    isUnlisted: input.is_unlisted === true,
    draftVersionId: newId(),
    lastPublishedAt: published ? now : null,
    lastEditedAt: now,
    visibilityConfig: input.visibility_config === undefined ? null : visibilityConfig(input.visibility_config),
    translations: translationsOf(kb, input.translations ?? []),
    tagIds: [],
    review: null,
    createdAt: now,
    updatedAt: now,
  };
}

export async function createArticle(deps: Deps, actor: Actor, kbId: string, input: CreateArticleInput) {
  return deps.store.db.transaction().execute(async (trx) => {
    const kb = await requireKnowledgeBase(trx, actor, kbId);
    const article = await newArticle(trx, actor, kb, input);
    await insertArticle(trx, article);
    return announceArticle(deps, trx, kb, 'article.created', article);
  });
}

export async function getArticle(deps: Deps, actor: Actor, kbId: string, id: string, language?: string) {
  const db = deps.store.db;
  const { kb, article } = await requireArticle(db, actor, kbId, id);
  const [json] = await presentArticles(deps, db, kb, [article], readLanguage(kb, article, language));
  return json!;
}

/** In another language than the default, the articles translated into it. */
export async function listArticles(
  deps: Deps,
  actor: Actor,
  kbId: string,
  query: { cursor?: string; limit?: number; language?: string },
) {
  const db = deps.store.db;
  const kb = await requireKnowledgeBase(db, actor, kbId);
  const language = readLanguage(kb, undefined, query.language);
  const matching =
    language === kb.defaultLanguage
      ? undefined
      : sql<SqlBool>`${dialectOf(db).jsonMember(sql.ref('translations'), language, 'title')} is not null`;
  return pageById(
    `articles:${kb.id}:${language}`,
    { cursor: query.cursor, limit: pageSize(query.limit, 100, 999) },
    (page) => listArticleRows(db, actor.workspaceId, kb.id, { ...page, matching }),
    (rows) => presentArticles(deps, db, kb, rows, language),
  );
}

/** Deletes the article for good: its text leaves the full-text index in the same transaction, then is purged. */
export async function deleteArticle(deps: Deps, actor: Actor, kbId: string, id: string): Promise<void> {
  await deps.store.db.transaction().execute(async (trx) => {
    const { kb, article } = await requireArticle(trx, actor, kbId, id);
    await deleteArticleRows(trx, actor.workspaceId, [article.id]);
    await deleteRouteRedirectsTo(trx, actor.workspaceId, [article.id]);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'article.deleted',
      subjectId: article.id,
      payload: { article_id: article.id, knowledge_base_id: kb.id },
    });
  });
  await deps.store.purgeResidue(['kb_articles']);
}
