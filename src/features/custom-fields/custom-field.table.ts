import type { Selectable } from 'kysely';

export interface CustomFieldDefinitionsTable {
  id: string;
  workspace_id: string;
  object_type: string;
  slug: string;
  label: string;
  description: string | null;
  type: string;
  default_value: string | null;
  /** JSON array of option slugs (multiselect). */
  default_values: string;
  /** JSON array of `{ slug, label, ai_description? }` (select and multiselect). */
  select_options: string;
  created_at: string;
  updated_at: string;
}

export type CustomFieldDefinitionRow = Selectable<CustomFieldDefinitionsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    custom_field_definitions: CustomFieldDefinitionsTable;
  }
}
