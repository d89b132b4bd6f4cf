import type { Actor } from '../../core/actor.js';
import type { ContractSchema } from '../../core/contract/operation-types.js';
import { invalid } from '../../core/errors.js';
import type { Db } from '../../core/store/database.js';
import { normalizeMultiValues, normalizeSingleValue } from './custom-field-values.js';
import type { CustomFieldDefinition, SelectOption } from './custom-field.repository.js';

export const CUSTOM_FIELD_OBJECT_TYPES = ['account', 'issue', 'contact', 'task', 'project', 'meeting', 'opportunity'];
const MAX_LABEL_LENGTH = 200;
const MAX_OPTIONS = 500;
/** Slugs are keys of the stored values and names in search filters: plain identifiers. */
const SLUG = /^[a-z][a-z0-9_]{0,99}$/;

/** Search filters name these fields of each object type; a custom field of the same slug would be ambiguous. */
const RESERVED_SLUGS: Record<string, string[]> = {
  issue: [
    'id',
    'created_at',
    'updated_at',
    'resolved_at',
    'latest_message_activity_at',
    'account_id',
    'ticket_form_id',
    'requester_id',
    'assignee_id',
    'follower_user_id',
    'follower_contact_id',
    'team_id',
    'state',
    'issue_type',
    'tags',
    'title',
    'body_html',
  ],
  account: ['id', 'name', 'domains', 'tags', 'external_ids', 'owner_id', 'created_at', 'updated_at'],
  contact: ['id', 'name', 'email', 'account_id', 'created_at', 'updated_at'],
};

/** `Priority level` → `priority_level`. */
export const slugFromLabel = (label: string): string =>
  label
    .normalize('NFKD')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');

export function fieldLabel(raw: string): string {
  const label = raw.trim();
  if (label === '') throw invalid('label must not be empty');
  if (label.length > MAX_LABEL_LENGTH) throw invalid(`label must be at most ${MAX_LABEL_LENGTH} characters`);
  return label;
}

/** The field's slug: the one given, or one made from the label. */
export function fieldSlug(objectType: string, raw: string | undefined, label: string): string {
  const slug = raw === undefined || raw === '' ? slugFromLabel(label) : raw;
  if (!SLUG.test(slug))
    throw invalid(
      raw
        ? 'slug must start with a letter and hold only lowercase letters, digits and underscores (at most 100)'
        : 'No slug can be made from this label: give a slug',
    );
  if (RESERVED_SLUGS[objectType]?.includes(slug))
    throw invalid(`slug "${slug}" names a built-in ${objectType} field; choose another`);
  return slug;
}

/** Select options as stored: each with a label, its slug given or made from the label, slugs unique. */
export function selectOptions(
  type: string,
  raw: readonly ContractSchema<'CustomFieldDefinitionSelectOption'>[] | undefined,
): SelectOption[] {
  if (raw === undefined || raw.length === 0) return [];
  if (type !== 'select' && type !== 'multiselect')
    throw invalid('select_options are only for select and multiselect fields');
  if (raw.length > MAX_OPTIONS) throw invalid(`a field may have at most ${MAX_OPTIONS} options`);
  const options = raw.map((o) => {
    const label = (o.label ?? '').trim() || (o.slug ?? '').trim();
    if (label === '') throw invalid('select_options: every option needs a label');
    const slug = (o.slug ?? '').trim() || slugFromLabel(label);
    if (slug === '') throw invalid(`select_options: no slug can be made from "${label}": give a slug`);
    return { slug, label, aiDescription: o.ai_description?.trim() || null };
  });
  const slugs = options.map((o) => o.slug);
  const repeated = slugs.find((s, i) => slugs.indexOf(s) !== i);
  if (repeated !== undefined) throw invalid(`select_options: option slug "${repeated}" is given twice`);
  return options;
}

/** Checks the field's defaults against its type and options; `""` or `[]` means none. */
export async function checkDefaults(
  db: Db,
  actor: Actor,
  field: CustomFieldDefinition,
): Promise<CustomFieldDefinition> {
  const multi = field.type === 'multiselect';
  if (multi && field.defaultValue) throw invalid('default_value is for single-valued fields: use default_values');
  if (!multi && field.defaultValues.length > 0) throw invalid('default_values is only for multiselect fields');
  return {
    ...field,
    defaultValue: field.defaultValue ? await normalizeSingleValue(db, actor, field, field.defaultValue) : null,
    defaultValues: normalizeMultiValues(field, field.defaultValues),
  };
}
