import type { Selectable } from 'kysely';

/** The tag catalog: one row per tag value and object type. Objects carry their tags by value. */
export interface TagsTable {
  id: string;
  workspace_id: string;
  object_type: string;
  value: string;
  hex_color: string | null;
  created_at: string;
  updated_at: string;
}

export type TagRow = Selectable<TagsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    tags: TagsTable;
  }
}
