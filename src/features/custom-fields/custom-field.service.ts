import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { customFieldJson } from './custom-field.json.js';
import {
  CUSTOM_FIELD_TYPES,
  findCustomFieldById,
  findCustomFieldBySlug,
  insertCustomField,
  listCustomFields as listCustomFieldRows,
  updateCustomField as updateCustomFieldRow,
  type CustomFieldDefinition,
} from './custom-field.repository.js';
import {
  CUSTOM_FIELD_OBJECT_TYPES,
  checkDefaults,
  fieldLabel,
  fieldSlug,
  selectOptions,
} from './custom-field.rules.js';
import { moveStoredValues } from './stored-values-migration.js';

/** As the contract defines them. */
export type CreateCustomFieldInput = ContractBody<'POST', '/custom-fields'>;
export type UpdateCustomFieldInput = ContractBody<'PATCH', '/custom-fields/:id'>;

function objectType(raw: string | undefined): string {
  if (raw === undefined || !CUSTOM_FIELD_OBJECT_TYPES.includes(raw))
    throw invalid(`object_type must be one of ${CUSTOM_FIELD_OBJECT_TYPES.join(', ')}`);
  return raw;
}

/** Runs a change that may collide with a field saved concurrently: the collision is the duplicate error. */
async function uniquely<T>(db: Db, field: CustomFieldDefinition, change: () => Promise<T>): Promise<T> {
  const failIfTaken = async () => {
    const existing = await findCustomFieldBySlug(db, field.workspaceId, field.objectType, field.slug);
    if (existing && existing.id !== field.id)
      throw duplicate(`A ${field.objectType} custom field "${field.slug}" already exists`, existing.id);
  };
  await failIfTaken();
  try {
    return await change();
  } catch (error) {
    if (isUniqueViolation(error)) await failIfTaken();
    throw error;
  }
}

async function audit(
  db: Db,
  actor: Actor,
  action: 'custom_field.created' | 'custom_field.updated',
  field: CustomFieldDefinition,
) {
  await recordAudit(db, {
    workspaceId: actor.workspaceId,
    actorUserId: actor.userId,
    action,
    objectType: 'custom_field',
    objectId: field.id,
    attributes: { object_type: field.objectType, slug: field.slug, type: field.type },
  });
}

export async function requireCustomField(db: Db, actor: Actor, id: string): Promise<CustomFieldDefinition> {
  const field = await findCustomFieldById(db, actor.workspaceId, id);
  if (!field) throw notFound('Custom field');
  return field;
}

export async function createCustomField(deps: Deps, actor: Actor, input: CreateCustomFieldInput) {
  const db = deps.store.db;
  const type = CUSTOM_FIELD_TYPES.find((t) => t === input.type);
  if (!type) throw invalid(`type must be one of ${CUSTOM_FIELD_TYPES.join(', ')}`);
  const kind = objectType(input.object_type);
  const label = fieldLabel(input.label);
  const now = nowIso();
  const field = await checkDefaults(db, actor, {
    id: newId(),
    workspaceId: actor.workspaceId,
    objectType: kind,
    slug: fieldSlug(kind, input.slug, label),
    label,
    description: input.description?.trim() || null,
    type,
    defaultValue: input.default_value ?? null,
    defaultValues: input.default_values ?? [],
    selectOptions: selectOptions(type, input.select_options),
    createdAt: now,
    updatedAt: now,
  });
  return uniquely(db, field, () =>
    db.transaction().execute(async (trx) => {
      await insertCustomField(trx, field);
      const json = customFieldJson(field);
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'custom_field.created',
        subjectId: field.id,
        payload: { custom_field: json },
      });
      await audit(trx, actor, 'custom_field.created', field);
      return json;
    }),
  );
}

/** Changes what is given; a new slug or fewer options carry over to the values objects hold. */
export async function updateCustomField(deps: Deps, actor: Actor, id: string, input: UpdateCustomFieldInput) {
  const db = deps.store.db;
  const field = await requireCustomField(db, actor, id);
  const label = input.label === undefined ? field.label : fieldLabel(input.label);
  const options =
    input.select_options === undefined ? field.selectOptions : selectOptions(field.type, input.select_options);
  const kept = (slug: string) => options.some((o) => o.slug === slug);
  const next = await checkDefaults(db, actor, {
    ...field,
    label,
    slug: input.slug === undefined ? field.slug : fieldSlug(field.objectType, input.slug, label),
    description: input.description === undefined ? field.description : input.description.trim() || null,
    selectOptions: options,
    // Defaults naming options taken out go with them, unless new defaults are given.
    defaultValue:
      input.default_value ??
      (field.type === 'select' && field.defaultValue && !kept(field.defaultValue) ? null : field.defaultValue),
    defaultValues: input.default_values ?? field.defaultValues.filter(kept),
    updatedAt: nowIso(),
  });
  return uniquely(db, next, () =>
    db.transaction().execute(async (trx) => {
      const current = await requireCustomField(trx, actor, id);
      await updateCustomFieldRow(trx, next);
      const objectCount = await moveStoredValues(trx, current, next);
      const json = customFieldJson(next);
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'custom_field.updated',
        subjectId: next.id,
        payload: { custom_field: json, previous_slug: current.slug, object_count: objectCount },
      });
      await audit(trx, actor, 'custom_field.updated', next);
      return json;
    }),
  );
}

export async function getCustomField(deps: Deps, actor: Actor, id: string) {
  return customFieldJson(await requireCustomField(deps.store.db, actor, id));
}

export function listCustomFields(
  deps: Deps,
  actor: Actor,
  query: { object_type?: string; cursor?: string; limit?: number },
) {
  const kind = objectType(query.object_type);
  return pageById(
    `custom-fields:${actor.workspaceId}:${kind}`,
    query,
    (page) => listCustomFieldRows(deps.store.db, actor.workspaceId, kind, page),
    (rows) => rows.map(customFieldJson),
  );
}
