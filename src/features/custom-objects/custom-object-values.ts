import type { Actor } from '../../core/actor.js';
import type { ContractSchema } from '../../core/contract/operation-types.js';
import { invalid } from '../../core/errors.js';
import type { Db } from '../../core/store/database.js';
import { findAccountById } from '../accounts/account.repository.js';
import { normalizeMultiValues, normalizeSingleValue } from '../custom-fields/custom-field-values.js';
import type { CustomFieldDefinition } from '../custom-fields/custom-field.repository.js';
import type { StoredCustomFields } from '../custom-fields/stored-values.js';
import type { CustomObjectField, CustomObjectType } from './custom-object-type.repository.js';

/** `custom_fields` as requests send them: values keyed by field slug. */
export type CustomObjectValuesInput = Record<string, ContractSchema<'CustomFieldValue'>>;

/** What a record holds besides its name. */
export interface CustomObjectValues {
  accountId: string | null;
  customFields: StoredCustomFields;
}

/** The built-in relationship field linking a record to an account. */
export const ACCOUNT_FIELD = 'account';

/** A type's field seen as a custom field definition, so its values follow the same rules as custom fields'. */
const asDefinition = (type: CustomObjectType, field: CustomObjectField): CustomFieldDefinition => ({
  id: `${type.id}:${field.slug}`,
  workspaceId: type.workspaceId,
  objectType: type.slug,
  slug: field.slug,
  label: field.label,
  description: null,
  type: field.type,
  defaultValue: null,
  defaultValues: [],
  selectOptions: field.selectOptions,
  createdAt: type.createdAt,
  updatedAt: type.updatedAt,
});

/** One requested value as stored, or null to unset the field (value or values omitted or empty). */
async function storedEntry(db: Db, actor: Actor, field: CustomFieldDefinition, entry: CustomObjectValuesInput[string]) {
  if (field.type === 'multiselect') {
    if (entry.value) throw invalid(`custom_fields: "${field.slug}" is a multiselect field: use values, not value`);
    const values = normalizeMultiValues(field, entry.values ?? []);
    return values.length === 0 ? null : { slug: field.slug, values };
  }
  if (entry.values?.length) throw invalid(`custom_fields: "${field.slug}" is single-valued: use value, not values`);
  if (entry.value === undefined || entry.value === '') return null;
  return { slug: field.slug, value: await normalizeSingleValue(db, actor, field, entry.value) };
}

async function accountLink(db: Db, actor: Actor, entry: CustomObjectValuesInput[string]): Promise<string | null> {
  const id = entry.value?.trim() ?? '';
  if (id === '') return null;
  if (!(await findAccountById(db, actor.workspaceId, id)))
    throw invalid(`custom_fields: "${ACCOUNT_FIELD}" must be the id of an account of the workspace`);
  return id;
}

/**
 * Checks requested values against the type's fields and merges them into what the record holds: listed fields change
 * (or are unset), the others stay. An unknown slug, a value that does not fit its field, or a required field left
 * without a value is a 400 naming it.
 */
export async function mergeCustomObjectValues(
  db: Db,
  actor: Actor,
  type: CustomObjectType,
  current: CustomObjectValues,
  input: CustomObjectValuesInput | undefined,
): Promise<CustomObjectValues> {
  const next: CustomObjectValues = { accountId: current.accountId, customFields: { ...current.customFields } };
  for (const [slug, entry] of Object.entries(input ?? {})) {
    if (entry.slug !== undefined && entry.slug !== '' && entry.slug !== slug)
      throw invalid(`custom_fields: the entry under "${slug}" names another slug ("${entry.slug}")`);
    if (slug === ACCOUNT_FIELD) {
      next.accountId = await accountLink(db, actor, entry);
      continue;
    }
    const field = type.fields.find((f) => f.slug === slug);
    if (!field) throw invalid(`custom_fields: "${slug}" is not a field of the custom object type "${type.slug}"`);
    const stored = await storedEntry(db, actor, asDefinition(type, field), entry);
    if (stored) next.customFields[slug] = stored;
    else delete next.customFields[slug];
  }
  const missing = type.fields.find((f) => f.required && !next.customFields[f.slug]);
  if (missing) throw invalid(`custom_fields: "${missing.slug}" is required for a ${type.slug}`);
  return next;
}
