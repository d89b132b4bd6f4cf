import type { Selectable } from 'kysely';

/**
 * A knowledge base article: its draft (`body_html`, the latest edit) and, once published, the published content,
 * which moves to the draft's when an edit is published. Its title and content are in the full-text index
 * (migration 011).
 */
export interface KbArticlesTable {
  id: string;
  workspace_id: string;
  knowledge_base_id: string;
  collection_id: string | null;
  /** The number in the article's URL, unique in its knowledge base. */
  identifier: string;
  title: string;
  slug: string;
  author_user_id: string;
  body_html: string;
  published_body_html: string | null;
  is_published: number;
  is_unlisted: number;
  /** Changes with every edit of the draft: what a review is requested on. */
  draft_version_id: string;
  last_published_at: string | null;
  last_edited_at: string;
  /** JSON `ArticleVisibilityConfig`, when one was set. */
  visibility_config: string | null;
  /** JSON object: language code → `{ title, body_html }`. */
  translations: string;
  /** JSON array of the ids of the article tags assigned. */
  tag_ids: string;
  /** JSON `ArticleReview` of the latest review request, if any. */
  review: string | null;
  created_at: string;
  updated_at: string;
}

export type KbArticleRow = Selectable<KbArticlesTable>;

declare module '../../core/store/database.js' {
  interface Database {
    kb_articles: KbArticlesTable;
  }
}
