import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { Db } from '../../core/store/database.js';
import { tagJson } from '../tags/tag.json.js';
import type { Tag } from '../tags/tag.repository.js';
import type { KnowledgeBase } from '../knowledge-bases/knowledge-base.repository.js';
import type { Article } from './article.repository.js';

/** The article tags of the workspace by id, for the articles shown (a tag deleted since is simply not shown). */
export async function articleTagsById(db: Db, workspaceId: string, articles: readonly Article[]) {
  const ids = [...new Set(articles.flatMap((a) => a.tagIds))];
  if (ids.length === 0) return new Map<string, Tag>();
  const rows = await db
    .selectFrom('tags')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('object_type', '=', 'article')
    .where('id', 'in', ids)
    .execute();
  return new Map(
    rows.map((r): [string, Tag] => [
      r.id,
      {
        id: r.id,
        workspaceId: r.workspace_id,
        objectType: r.object_type,
        value: r.value,
        hexColor: r.hex_color,
        createdAt: r.created_at,
        updatedAt: r.updated_at,
      },
    ]),
  );
}

export interface ArticleView {
  kb: KnowledgeBase;
  publicUrl: string;
  /** The language shown: the knowledge base's default, or one the article is translated into. */
  language: string;
  tags: Map<string, Tag>;
}

/** The approval of the current draft: a review requested on an earlier version no longer applies. */
function approvalInfo(article: Article): ContractSchema<'ArticleApprovalInfo'> | undefined {
  const review = article.review;
  if (!review || review.version_id !== article.draftVersionId) return undefined;
  return { status: review.status, requested_at: review.requested_at };
}

export function articleJson(article: Article, view: ArticleView): ContractSchema<'Article'> {
  const translation = view.language === view.kb.defaultLanguage ? undefined : article.translations[view.language];
  const draft = translation ? translation.body_html : article.bodyHtml;
  const published = translation ? (article.isPublished ? translation.body_html : null) : article.publishedBodyHtml;
  return compact<ContractSchema<'Article'>>({
    id: article.id,
    identifier: article.identifier,
    title: translation ? translation.title : article.title,
    slug: article.slug,
    url: `${view.publicUrl}/kb/${view.kb.slug}/articles/${article.identifier}-${article.slug}`,
    author_user_id: article.authorUserId,
    collection_id: article.collectionId,
    is_published: article.isPublished,
    is_unlisted: article.isUnlisted,
    current_draft_content_html: draft,
    current_published_content_html: published,
    last_published_at: article.lastPublishedAt,
    last_edited_at: article.lastEditedAt,
    visibility_config: article.visibilityConfig ?? { visibility: 'public', ai_agent_access: 'inherit' },
    approval_info: approvalInfo(article),
    tags: article.tagIds.flatMap((id) => {
      const tag = view.tags.get(id);
      return tag ? [tagJson(tag)] : [];
    }),
    created_at: article.createdAt,
  });
}
