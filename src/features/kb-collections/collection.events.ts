import type { Json } from '../../core/json.js';

/**
 * Events about knowledge base collections. Deleting a collection deletes the collections nested in it and every
 * article filed in any of them: the one `collection.deleted` names them all.
 */
export const EVENT_TYPES = ['collection.created', 'collection.updated', 'collection.deleted'] as const;

declare module '../events/event-catalog.js' {
  interface EventPayloads {
    'collection.created': { collection: Json; knowledge_base_id: string };
    'collection.updated': { collection: Json; knowledge_base_id: string };
    'collection.deleted': {
      collection_id: string;
      knowledge_base_id: string;
      deleted_collection_ids: string[];
      deleted_article_ids: string[];
    };
  }
}
