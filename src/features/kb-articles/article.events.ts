import type { Json } from '../../core/json.js';

/** Events about knowledge base articles: the article as the API shows it (default language), or its ids. */
export const EVENT_TYPES = [
  'article.created',
  'article.updated',
  'article.deleted',
  'article.review_requested',
] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'article.created': { article: Json; knowledge_base_id: string };
    'article.updated': { article: Json; knowledge_base_id: string };
    'article.deleted': { article_id: string; knowledge_base_id: string };
    'article.review_requested': {
      article_id: string;
      knowledge_base_id: string;
      article_version_id: string;
      reviewer_user_ids: string[];
    };
  }
}
