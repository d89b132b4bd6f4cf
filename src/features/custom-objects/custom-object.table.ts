import type { Selectable } from 'kysely';

export interface CustomObjectTypesTable {
  id: string;
  workspace_id: string;
  slug: string;
  name: string;
  /** JSON array of `{ slug, label, type, required, select_options }`. */
  fields: string;
  created_at: string;
  updated_at: string;
}

export interface CustomObjectsTable {
  id: string;
  workspace_id: string;
  type_id: string;
  name: string;
  /** The built-in `account` relationship. */
  account_id: string | null;
  /** JSON object keyed by field slug, as other objects' custom fields (see custom-fields/stored-values.ts). */
  custom_fields: string;
  created_at: string;
  updated_at: string;
}

export type CustomObjectTypeRow = Selectable<CustomObjectTypesTable>;
export type CustomObjectRow = Selectable<CustomObjectsTable>;

declare module '../../core/store/database.js' {
  interface Database {
    custom_object_types: CustomObjectTypesTable;
    custom_objects: CustomObjectsTable;
  }
}
