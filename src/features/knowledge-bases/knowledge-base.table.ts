import type { Selectable } from 'kysely';

/** A knowledge base: the home of collections and articles, with the languages its articles may be written in. */
export interface KnowledgeBasesTable {
  id: string;
  workspace_id: string;
  title: string;
  /** Unique in the workspace. */
  slug: string;
  default_language: string;
  /** JSON array of language codes, the default first. */
  supported_languages: string;
  created_at: string;
  updated_at: string;
}

/** A path of the knowledge base's site that leads to an article or a collection. */
export interface KbRouteRedirectsTable {
  id: string;
  workspace_id: string;
  knowledge_base_id: string;
  from_path: string;
  object_type: string;
  object_id: string;
  language: string;
  created_at: string;
}

export type KnowledgeBaseRow = Selectable<KnowledgeBasesTable>;
export type KbRouteRedirectRow = Selectable<KbRouteRedirectsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    knowledge_bases: KnowledgeBasesTable;
    kb_route_redirects: KbRouteRedirectsTable;
  }
}
