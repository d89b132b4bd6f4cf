import type { Db } from '../../core/store/database.js';
import { fromFlag, readObject, readStringArray, toFlag, toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';
import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { KbArticleRow } from './article.table.js';

export interface ArticleTranslation {
  title: string;
  body_html: string;
}

/** A review requested on one version of the draft. */
export interface ArticleReview {
  status: 'needs_review' | 'changes_requested' | 'approved';
  version_id: string;
  requested_at: string;
  reviewer_user_ids: string[];
  ai_review: boolean;
}

export interface Article {
  id: string;
  workspaceId: string;
  knowledgeBaseId: string;
  collectionId: string | null;
  identifier: string;
  title: string;
  slug: string;
  authorUserId: string;
  bodyHtml: string;
  publishedBodyHtml: string | null;
  isPublished: boolean;
  isUnlisted: boolean;
  draftVersionId: string;
  lastPublishedAt: string | null;
  lastEditedAt: string;
  visibilityConfig: ContractSchema<'ArticleVisibilityConfig'> | null;
  translations: Record<string, ArticleTranslation>;
  tagIds: string[];
  review: ArticleReview | null;
  createdAt: string;
  updatedAt: string;
}

export const toArticle = (row: KbArticleRow): Article => ({
  id: row.id,
  workspaceId: row.workspace_id,
  knowledgeBaseId: row.knowledge_base_id,
  collectionId: row.collection_id,
  identifier: row.identifier,
  title: row.title,
  slug: row.slug,
  authorUserId: row.author_user_id,
  bodyHtml: row.body_html,
  publishedBodyHtml: row.published_body_html,
  isPublished: fromFlag(row.is_published),
  isUnlisted: fromFlag(row.is_unlisted),
  draftVersionId: row.draft_version_id,
  lastPublishedAt: row.last_published_at,
  lastEditedAt: row.last_edited_at,
  visibilityConfig: readObject(row.visibility_config),
  translations: readObject<Record<string, ArticleTranslation>>(row.translations) ?? {},
  tagIds: readStringArray(row.tag_ids),
  review: readObject<ArticleReview>(row.review),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const columns = (a: Article) => ({
  collection_id: a.collectionId,
  title: a.title,
  slug: a.slug,
  body_html: a.bodyHtml,
  published_body_html: a.publishedBodyHtml,
  is_published: toFlag(a.isPublished),
  is_unlisted: toFlag(a.isUnlisted),
  draft_version_id: a.draftVersionId,
  last_published_at: a.lastPublishedAt,
  last_edited_at: a.lastEditedAt,
  visibility_config: a.visibilityConfig ? toJsonColumn(a.visibilityConfig) : null,
  translations: toJsonColumn(a.translations),
  tag_ids: toJsonColumn(a.tagIds),
  review: a.review ? toJsonColumn(a.review) : null,
  updated_at: a.updatedAt,
});

export async function insertArticle(db: Db, a: Article): Promise<void> {
  await db
    .insertInto('kb_articles')
    .values({
      id: a.id,
      workspace_id: a.workspaceId,
      knowledge_base_id: a.knowledgeBaseId,
      identifier: a.identifier,
      author_user_id: a.authorUserId,
      created_at: a.createdAt,
      ...columns(a),
    })
    .execute();
}

export async function updateArticleRow(db: Db, a: Article): Promise<void> {
  await db
    .updateTable('kb_articles')
    .set(columns(a))
    .where('workspace_id', '=', a.workspaceId)
    .where('id', '=', a.id)
    .execute();
}

export async function findArticle(db: Db, workspaceId: string, knowledgeBaseId: string, id: string) {
  const row = await db
    .selectFrom('kb_articles')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('knowledge_base_id', '=', knowledgeBaseId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toArticle(row);
}

export async function listArticles(
  db: Db,
  workspaceId: string,
  knowledgeBaseId: string,
  page: Page,
): Promise<Article[]> {
  let query = db
    .selectFrom('kb_articles')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('knowledge_base_id', '=', knowledgeBaseId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  if (page.matching) query = query.where(page.matching);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toArticle);
}

/** The ids of the articles filed in any of the collections. */
export async function articleIdsInCollections(db: Db, workspaceId: string, collectionIds: readonly string[]) {
  if (collectionIds.length === 0) return [];
  const rows = await db
    .selectFrom('kb_articles')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('collection_id', 'in', collectionIds)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}

/** Deletes articles for good; the index triggers take their words out of the full-text index with them. */
export async function deleteArticleRows(db: Db, workspaceId: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await db.deleteFrom('kb_articles').where('workspace_id', '=', workspaceId).where('id', 'in', ids).execute();
}
