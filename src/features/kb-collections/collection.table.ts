import type { Selectable } from 'kysely';

/** A collection of a knowledge base's articles; collections nest under a parent collection. */
export interface KbCollectionsTable {
  id: string;
  workspace_id: string;
  knowledge_base_id: string;
  parent_collection_id: string | null;
  title: string;
  slug: string;
  description: string | null;
  /** JSON `CollectionVisibilityConfig`, when one was set. */
  visibility_config: string | null;
  created_at: string;
  updated_at: string;
}

export type KbCollectionRow = Selectable<KbCollectionsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    kb_collections: KbCollectionsTable;
  }
}
