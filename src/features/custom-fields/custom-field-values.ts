import type { Actor } from '../../core/actor.js';
import { parseTimestamp } from '../../core/clock.js';
import type { ContractSchema } from '../../core/contract/operation-types.js';
import { invalid } from '../../core/errors.js';
import type { Db } from '../../core/store/database.js';
import { findUserById } from '../users/user.repository.js';
import { listCustomFields, type CustomFieldDefinition, type ValueObjectType } from './custom-field.repository.js';
import type { StoredCustomFields } from './stored-values.js';

export type CustomFieldValueInput = ContractSchema<'CustomFieldValue'>;

const MAX_TEXT_LENGTH = 10_000;
const NUMBER = /^[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

const isDate = (value: string): boolean => {
  const match = DATE.exec(value);
  if (!match) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
};

const isWebUrl = (value: string): boolean => {
  try {
    return ['http:', 'https:'].includes(new URL(value).protocol);
  } catch {
    return false;
  }
};

/**
 * A single value as stored for the field's type, or a 400 naming the field. Select values are option slugs; user
 * values the id of a user of the workspace.
 */
export async function normalizeSingleValue(
  db: Db,
  actor: Actor,
  field: CustomFieldDefinition,
  raw: string,
): Promise<string> {
  const wrong = (what: string) => invalid(`custom_fields: "${field.slug}" (${field.type}) must be ${what}`);
  const value = field.type === 'text' ? raw : raw.trim();
  switch (field.type) {
    case 'text':
      if (value.length > MAX_TEXT_LENGTH) throw wrong(`at most ${MAX_TEXT_LENGTH} characters`);
      return value;
    case 'number':
    case 'decimal':
      if (!NUMBER.test(value) || !Number.isFinite(Number(value))) throw wrong('a number such as 42 or 3.5');
      return value;
    case 'boolean':
      if (!/^(true|false)$/i.test(value)) throw wrong('true or false');
      return value.toLowerCase();
    case 'date':
      if (!isDate(value)) throw wrong('a date such as 2024-01-31');
      return value;
    case 'datetime':
      return parseTimestamp(value, `custom_fields: "${field.slug}"`);
    case 'url':
      if (!isWebUrl(value)) throw wrong('an http or https URL');
      return value;
    case 'user':
      if (!(await findUserById(db, actor.workspaceId, value))) throw wrong('the id of a user of the workspace');
      return value;
    case 'select':
      if (!field.selectOptions.some((o) => o.slug === value))
        throw wrong(`one of its option slugs (${optionList(field)})`);
      return value;
    case 'multiselect':
      throw invalid(`custom_fields: "${field.slug}" is a multiselect field: give its option slugs as values`);
  }
}

const optionList = (field: CustomFieldDefinition): string => field.selectOptions.map((o) => o.slug).join(', ');

/** Multiselect values as stored: existing option slugs, once each, in the order given. */
export function normalizeMultiValues(field: CustomFieldDefinition, raw: readonly string[]): string[] {
  const values = [...new Set(raw.map((v) => v.trim()))];
  const unknown = values.find((v) => !field.selectOptions.some((o) => o.slug === v));
  if (unknown !== undefined)
    throw invalid(`custom_fields: "${unknown}" is not an option of "${field.slug}" (${optionList(field)})`);
  return values;
}

/** One requested value: the stored entry, or null to unset the field (value or values omitted or empty). */
async function storedEntry(db: Db, actor: Actor, field: CustomFieldDefinition, entry: CustomFieldValueInput) {
  if (field.type === 'multiselect') {
    if (entry.value) throw invalid(`custom_fields: "${field.slug}" is a multiselect field: use values, not value`);
    const values = normalizeMultiValues(field, entry.values ?? []);
    return values.length === 0 ? null : { slug: field.slug, values };
  }
  if (entry.values?.length) throw invalid(`custom_fields: "${field.slug}" is single-valued: use value, not values`);
  if (entry.value === undefined || entry.value === '') return null;
  return { slug: field.slug, value: await normalizeSingleValue(db, actor, field, entry.value) };
}

/**
 * Checks requested custom field values against the workspace's fields for the object type and merges them into
 * what the object holds: listed fields change (or are unset), the others stay. An unknown slug or a value that does
 * not fit its field is a 400 naming it.
 */
export async function mergeCustomFieldValues(
  db: Db,
  actor: Actor,
  objectType: ValueObjectType,
  current: StoredCustomFields,
  input: readonly CustomFieldValueInput[] | undefined,
): Promise<StoredCustomFields> {
  if (input === undefined || input.length === 0) return current;
  const fields = new Map((await listCustomFields(db, actor.workspaceId, objectType)).map((f) => [f.slug, f]));
  const next = { ...current };
  const seen = new Set<string>();
  for (const entry of input) {
    const slug = entry.slug?.trim() ?? '';
    if (slug === '') throw invalid('custom_fields: every entry needs a slug');
    const field = fields.get(slug);
    if (!field) throw invalid(`custom_fields: there is no ${objectType} custom field "${slug}"`);
    if (seen.has(slug)) throw invalid(`custom_fields: "${slug}" is listed more than once`);
    seen.add(slug);
    const stored = await storedEntry(db, actor, field, entry);
    if (stored) next[slug] = stored;
    else delete next[slug];
  }
  return next;
}

/** The values a new object starts with: its fields' defaults, then the requested values over them. */
export async function customFieldValuesForNewObject(
  db: Db,
  actor: Actor,
  objectType: ValueObjectType,
  input: readonly CustomFieldValueInput[] | undefined,
): Promise<StoredCustomFields> {
  const defaults: StoredCustomFields = {};
  for (const field of await listCustomFields(db, actor.workspaceId, objectType)) {
    if (field.type === 'multiselect' && field.defaultValues.length > 0)
      defaults[field.slug] = { slug: field.slug, values: field.defaultValues };
    else if (field.type !== 'multiselect' && field.defaultValue)
      defaults[field.slug] = { slug: field.slug, value: field.defaultValue };
  }
  return mergeCustomFieldValues(db, actor, objectType, defaults, input);
}
