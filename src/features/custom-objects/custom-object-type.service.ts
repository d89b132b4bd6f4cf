import type { Static } from '@sinclair/typebox';
import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { CUSTOM_FIELD_TYPES } from '../custom-fields/custom-field.repository.js';
import { fieldLabel, selectOptions, slugFromLabel } from '../custom-fields/custom-field.rules.js';
import { recordEvent } from '../events/event.service.js';
import {
  findCustomObjectTypeBySlug,
  insertCustomObjectType,
  listCustomObjectTypes,
  type CustomObjectField,
  type CustomObjectType,
} from './custom-object-type.repository.js';
import type { CREATE_CUSTOM_OBJECT_TYPE, CUSTOM_OBJECT_TYPE } from './custom-object-type.schemas.js';

export type CreateCustomObjectTypeInput = Static<typeof CREATE_CUSTOM_OBJECT_TYPE>;
type FieldInput = NonNullable<CreateCustomObjectTypeInput['fields']>[number];

/** The type's slug is a path segment (`/custom-objects/{type}`). */
const TYPE_SLUG = /^[a-z][a-z0-9_-]{0,63}$/;
/** Field slugs are keys of the stored values and names in search filters: plain identifiers. */
const FIELD_SLUG = /^[a-z][a-z0-9_]{0,99}$/;
/** Search filters and `custom_fields` name these built-in fields of every record. */
const RESERVED_FIELD_SLUGS = ['id', 'name', 'account', 'created_at', 'updated_at'];
const MAX_FIELDS = 100;
const MAX_NAME_LENGTH = 200;

export function customObjectTypeJson(type: CustomObjectType): Static<typeof CUSTOM_OBJECT_TYPE> {
  return {
    id: type.id,
    slug: type.slug,
    name: type.name,
    fields: type.fields.map((f) => ({
      slug: f.slug,
      label: f.label,
      type: f.type,
      required: f.required,
      select_options: f.selectOptions.map((o) => ({ slug: o.slug, label: o.label })),
    })),
    created_at: type.createdAt,
    updated_at: type.updatedAt,
  };
}

/** The type named by a path's `{type}`, or 404. */
export async function requireCustomObjectType(db: Db, actor: Actor, slug: string): Promise<CustomObjectType> {
  const type = await findCustomObjectTypeBySlug(db, actor.workspaceId, slug);
  if (!type) throw notFound('Custom object type');
  return type;
}

function objectField(raw: FieldInput, at: string): CustomObjectField {
  const type = CUSTOM_FIELD_TYPES.find((t) => t === raw.type);
  if (!type) throw invalid(`${at}.type must be one of ${CUSTOM_FIELD_TYPES.join(', ')}`);
  const label = fieldLabel(raw.label);
  const slug = raw.slug === undefined || raw.slug === '' ? slugFromLabel(label) : raw.slug;
  if (!FIELD_SLUG.test(slug))
    throw invalid(`${at}.slug must start with a letter and hold only lowercase letters, digits and underscores`);
  if (RESERVED_FIELD_SLUGS.includes(slug)) throw invalid(`${at}.slug "${slug}" names a built-in field`);
  const options = selectOptions(type, raw.select_options);
  if ((type === 'select' || type === 'multiselect') && options.length === 0)
    throw invalid(`${at}: a ${type} field needs select_options`);
  return { slug, label, type, required: raw.required === true, selectOptions: options };
}

function objectFields(raw: readonly FieldInput[] | undefined): CustomObjectField[] {
  const fields = (raw ?? []).map((f, i) => objectField(f, `fields[${i}]`));
  if (fields.length > MAX_FIELDS) throw invalid(`a type may have at most ${MAX_FIELDS} fields`);
  const slugs = fields.map((f) => f.slug);
  const repeated = slugs.find((s, i) => slugs.indexOf(s) !== i);
  if (repeated !== undefined) throw invalid(`fields: the slug "${repeated}" is given twice`);
  return fields;
}

function typeFrom(actor: Actor, input: CreateCustomObjectTypeInput): CustomObjectType {
  const slug = input.slug.trim();
  if (!TYPE_SLUG.test(slug))
    throw invalid('slug must start with a letter and hold only lowercase letters, digits, _ and - (at most 64)');
  const name = input.name.trim();
  if (name === '') throw invalid('name must not be empty');
  if (name.length > MAX_NAME_LENGTH) throw invalid(`name must be at most ${MAX_NAME_LENGTH} characters`);
  const now = nowIso();
  const fields = objectFields(input.fields);
  return { id: newId(), workspaceId: actor.workspaceId, slug, name, fields, createdAt: now, updatedAt: now };
}

/** Defines a type of custom object; a slug already taken is the duplicate error naming the existing type. */
export async function createCustomObjectType(deps: Deps, actor: Actor, input: CreateCustomObjectTypeInput) {
  const db = deps.store.db;
  const type = typeFrom(actor, input);
  const failIfTaken = async () => {
    const existing = await findCustomObjectTypeBySlug(db, actor.workspaceId, type.slug);
    if (existing) throw duplicate(`A custom object type "${type.slug}" already exists`, existing.id);
  };
  await failIfTaken();
  try {
    return await db.transaction().execute(async (trx) => {
      await insertCustomObjectType(trx, type);
      const json = customObjectTypeJson(type);
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'custom_object_type.created',
        subjectId: type.id,
        payload: { custom_object_type: json },
      });
      await recordAudit(trx, {
        workspaceId: actor.workspaceId,
        actorUserId: actor.userId,
        action: 'custom_object_type.created',
        objectType: 'custom_object_type',
        objectId: type.id,
        attributes: { slug: type.slug, field_count: String(type.fields.length) },
      });
      return json;
    });
  } catch (error) {
    if (isUniqueViolation(error)) await failIfTaken();
    throw error;
  }
}

export const listCustomObjectTypesPage = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `custom-object-types:${actor.workspaceId}`,
    query,
    (page) => listCustomObjectTypes(deps.store.db, actor.workspaceId, page),
    (rows) => rows.map(customObjectTypeJson),
  );
