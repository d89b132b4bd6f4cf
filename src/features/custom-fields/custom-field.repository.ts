import { sql } from 'kysely';
import type { Db } from '../../core/store/database.js';
import { readStringArray, toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';
import type { CustomFieldDefinitionRow } from './custom-field.table.js';
import { readCustomFields, type StoredCustomFields } from './stored-values.js';

export const CUSTOM_FIELD_TYPES = [
  'text',
  'number',
  'decimal',
  'boolean',
  'date',
  'datetime',
  'user',
  'url',
  'select',
  'multiselect',
] as const;
export type CustomFieldType = (typeof CUSTOM_FIELD_TYPES)[number];

export interface SelectOption {
  slug: string;
  label: string;
  aiDescription: string | null;
}

export interface CustomFieldDefinition {
  id: string;
  workspaceId: string;
  objectType: string;
  slug: string;
  label: string;
  description: string | null;
  type: CustomFieldType;
  defaultValue: string | null;
  defaultValues: string[];
  selectOptions: SelectOption[];
  createdAt: string;
  updatedAt: string;
}

/** The table whose rows hold values of each object type's custom fields (the `custom_fields` column). */
export const VALUE_TABLES = { issue: 'issues', account: 'accounts', contact: 'contacts' } as const;
export type ValueObjectType = keyof typeof VALUE_TABLES;

function readOptions(text: string): SelectOption[] {
  const value: unknown = JSON.parse(text || '[]');
  if (!Array.isArray(value)) return [];
  return value.map((o: { slug?: string; label?: string; ai_description?: string }) => ({
    slug: String(o.slug ?? ''),
    label: String(o.label ?? ''),
    aiDescription: o.ai_description ?? null,
  }));
}

const toDefinition = (row: CustomFieldDefinitionRow): CustomFieldDefinition => ({
  id: row.id,
  workspaceId: row.workspace_id,
  objectType: row.object_type,
  slug: row.slug,
  label: row.label,
  description: row.description,
  type: CUSTOM_FIELD_TYPES.find((t) => t === row.type) ?? 'text',
  defaultValue: row.default_value,
  defaultValues: readStringArray(row.default_values),
  selectOptions: readOptions(row.select_options),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (d: CustomFieldDefinition): CustomFieldDefinitionRow => ({
  id: d.id,
  workspace_id: d.workspaceId,
  object_type: d.objectType,
  slug: d.slug,
  label: d.label,
  description: d.description,
  type: d.type,
  default_value: d.defaultValue,
  default_values: toJsonColumn(d.defaultValues),
  select_options: toJsonColumn(
    d.selectOptions.map((o) => ({
      slug: o.slug,
      label: o.label,
      ...(o.aiDescription ? { ai_description: o.aiDescription } : {}),
    })),
  ),
  created_at: d.createdAt,
  updated_at: d.updatedAt,
});

export async function insertCustomField(db: Db, definition: CustomFieldDefinition): Promise<void> {
  await db.insertInto('custom_field_definitions').values(toRow(definition)).execute();
}

export async function updateCustomField(db: Db, definition: CustomFieldDefinition): Promise<void> {
  const { id: _id, workspace_id, object_type: _type, created_at: _created, ...changes } = toRow(definition);
  await db
    .updateTable('custom_field_definitions')
    .set(changes)
    .where('workspace_id', '=', workspace_id)
    .where('id', '=', definition.id)
    .execute();
}

export async function findCustomFieldById(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<CustomFieldDefinition | undefined> {
  const row = await db
    .selectFrom('custom_field_definitions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toDefinition(row);
}

export async function findCustomFieldBySlug(
  db: Db,
  workspaceId: string,
  objectType: string,
  slug: string,
): Promise<CustomFieldDefinition | undefined> {
  const row = await db
    .selectFrom('custom_field_definitions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('object_type', '=', objectType)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row && toDefinition(row);
}

/** One page of an object type's definitions; without `page`, all of them. */
export async function listCustomFields(
  db: Db,
  workspaceId: string,
  objectType: string,
  page?: Page,
): Promise<CustomFieldDefinition[]> {
  let query = db
    .selectFrom('custom_field_definitions')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('object_type', '=', objectType);
  if (page?.afterId) query = query.where('id', '>', page.afterId);
  query = query.orderBy('id');
  if (page) query = query.limit(page.limit + 1);
  return (await query.execute()).map(toDefinition);
}

/** `%`, `_` and the escape character itself match literally in a LIKE pattern escaped with `\`. */
const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Rewrites the stored values of one field on every object of the type that holds one: `rewrite` answers the new
 * entries (a renamed slug, options that no longer exist dropped), or an empty object to drop it. Returns how many
 * objects changed.
 */
export async function rewriteStoredValues(
  db: Db,
  workspaceId: string,
  objectType: ValueObjectType,
  slug: string,
  rewrite: (stored: StoredCustomFields[string]) => StoredCustomFields,
): Promise<number> {
  const table = VALUE_TABLES[objectType];
  const pattern = `%${likeLiteral(JSON.stringify(slug))}%`;
  const rows = await db
    .selectFrom(table)
    .select(['id', 'custom_fields'])
    .where('workspace_id', '=', workspaceId)
    .where(sql<boolean>`custom_fields like ${pattern} escape '\\'`)
    .execute();
  let changed = 0;
  for (const row of rows) {
    const { [slug]: stored, ...others } = readCustomFields(row.custom_fields);
    if (!stored) continue;
    const next = { ...others, ...rewrite(stored) };
    const text = toJsonColumn(next);
    if (text === row.custom_fields) continue;
    await db
      .updateTable(table)
      .set({ custom_fields: text })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', row.id)
      .execute();
    changed++;
  }
  return changed;
}
