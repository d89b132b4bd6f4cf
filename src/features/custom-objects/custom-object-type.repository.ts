import type { Db } from '../../core/store/database.js';
import { toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';
import {
  CUSTOM_FIELD_TYPES,
  type CustomFieldType,
  type SelectOption,
} from '../custom-fields/custom-field.repository.js';
import type { CustomObjectTypeRow } from './custom-object.table.js';

/** A field the records of a type hold: one of the value types of custom fields. */
export interface CustomObjectField {
  slug: string;
  label: string;
  type: CustomFieldType;
  /** A record must always hold a value for it. */
  required: boolean;
  selectOptions: SelectOption[];
}

export interface CustomObjectType {
  id: string;
  workspaceId: string;
  slug: string;
  name: string;
  fields: CustomObjectField[];
  createdAt: string;
  updatedAt: string;
}

interface StoredField {
  slug?: string;
  label?: string;
  type?: string;
  required?: boolean;
  select_options?: { slug?: string; label?: string }[];
}

function readFields(text: string): CustomObjectField[] {
  const value: unknown = JSON.parse(text || '[]');
  if (!Array.isArray(value)) return [];
  return value.map((f: StoredField) => ({
    slug: String(f.slug ?? ''),
    label: String(f.label ?? ''),
    type: CUSTOM_FIELD_TYPES.find((t) => t === f.type) ?? 'text',
    required: f.required === true,
    selectOptions: (f.select_options ?? []).map((o) => ({
      slug: String(o.slug ?? ''),
      label: String(o.label ?? ''),
      aiDescription: null,
    })),
  }));
}

const toType = (row: CustomObjectTypeRow): CustomObjectType => ({
  id: row.id,
  workspaceId: row.workspace_id,
  slug: row.slug,
  name: row.name,
  fields: readFields(row.fields),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function insertCustomObjectType(db: Db, type: CustomObjectType): Promise<void> {
  const fields: StoredField[] = type.fields.map((f) => ({
    slug: f.slug,
    label: f.label,
    type: f.type,
    required: f.required,
    select_options: f.selectOptions.map((o) => ({ slug: o.slug, label: o.label })),
  }));
  await db
    .insertInto('custom_object_types')
    .values({
      id: type.id,
      workspace_id: type.workspaceId,
      slug: type.slug,
      name: type.name,
      fields: toJsonColumn(fields),
      created_at: type.createdAt,
      updated_at: type.updatedAt,
    })
    .execute();
}

export async function findCustomObjectTypeBySlug(
  db: Db,
  workspaceId: string,
  slug: string,
): Promise<CustomObjectType | undefined> {
  const row = await db
    .selectFrom('custom_object_types')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row && toType(row);
}

export async function listCustomObjectTypes(db: Db, workspaceId: string, page: Page): Promise<CustomObjectType[]> {
  let query = db.selectFrom('custom_object_types').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toType);
}
