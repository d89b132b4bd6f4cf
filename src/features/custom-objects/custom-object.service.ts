import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById, pageSize } from '../../core/pagination.js';
import type { Db } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import type { CustomObjectType } from './custom-object-type.repository.js';
import { requireCustomObjectType } from './custom-object-type.service.js';
import { customObjectJson } from './custom-object.json.js';
import {
  deleteCustomObjectRow,
  findCustomObjectById,
  insertCustomObject,
  listCustomObjects,
  updateCustomObjectRow,
  type CustomObject,
} from './custom-object.repository.js';
import { mergeCustomObjectValues } from './custom-object-values.js';

export type CreateCustomObjectInput = ContractBody<'POST', '/custom-objects/:type'>;
export type UpdateCustomObjectInput = ContractBody<'PATCH', '/custom-objects/:type/:id'>;

const MAX_NAME_LENGTH = 1000;

/** Pylon's figures for custom object lists: 25 by default, at most 100. */
export const customObjectPageSize = (limit: number | undefined): number => pageSize(limit, 25, 100);

function objectName(raw: string): string {
  const name = raw.trim();
  if (name === '') throw invalid('name must not be empty');
  if (name.length > MAX_NAME_LENGTH) throw invalid(`name must be at most ${MAX_NAME_LENGTH} characters`);
  return name;
}

async function requireCustomObject(db: Db, actor: Actor, type: CustomObjectType, id: string) {
  const object = await findCustomObjectById(db, actor.workspaceId, type.id, id);
  if (!object) throw notFound('Custom object');
  return object;
}

export async function createCustomObject(deps: Deps, actor: Actor, typeSlug: string, input: CreateCustomObjectInput) {
  const db = deps.store.db;
  const type = await requireCustomObjectType(db, actor, typeSlug);
  const name = objectName(input.name);
  const values = await mergeCustomObjectValues(
    db,
    actor,
    type,
    { accountId: null, customFields: {} },
    input.custom_fields,
  );
  const now = nowIso();
  const object: CustomObject = {
    id: newId(),
    workspaceId: actor.workspaceId,
    typeId: type.id,
    name,
    ...values,
    createdAt: now,
    updatedAt: now,
  };
  const json = customObjectJson(type, object);
  await db.transaction().execute(async (trx) => {
    await insertCustomObject(trx, object);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'custom_object.created',
      subjectId: object.id,
      payload: { custom_object: json },
    });
  });
  return json;
}

export async function getCustomObject(deps: Deps, actor: Actor, typeSlug: string, id: string) {
  const type = await requireCustomObjectType(deps.store.db, actor, typeSlug);
  return customObjectJson(type, await requireCustomObject(deps.store.db, actor, type, id));
}

export async function listCustomObjectsPage(
  deps: Deps,
  actor: Actor,
  typeSlug: string,
  query: { cursor?: string; limit?: number },
) {
  const type = await requireCustomObjectType(deps.store.db, actor, typeSlug);
  return pageById(
    `custom-objects:${type.id}`,
    { cursor: query.cursor, limit: customObjectPageSize(query.limit) },
    (page) => listCustomObjects(deps.store.db, actor.workspaceId, type.id, page),
    (rows) => rows.map((row) => customObjectJson(type, row)),
  );
}

/**
 * Saves a record's new state and announces what changed, in the caller's transaction; a record left as it was is
 * neither written nor announced. Answers its JSON.
 */
export async function saveCustomObject(db: Db, type: CustomObjectType, before: CustomObject, after: CustomObject) {
  const previous = customObjectJson(type, before);
  const next = customObjectJson(type, { ...after, updatedAt: before.updatedAt });
  const keys = ['name', 'custom_fields', 'relations'] as const;
  const changed = keys.filter((k) => JSON.stringify(previous[k]) !== JSON.stringify(next[k]));
  if (changed.length === 0) return previous;
  const updatedAt = nowIso();
  await updateCustomObjectRow(db, { ...after, updatedAt });
  const json = { ...next, updated_at: updatedAt };
  await recordEvent(db, {
    workspaceId: before.workspaceId,
    type: 'custom_object.updated',
    subjectId: before.id,
    payload: { custom_object: json, changed_fields: [...changed] },
  });
  return json;
}

/** Only what is given changes: the name, and the custom field values listed. */
export async function updateCustomObject(
  deps: Deps,
  actor: Actor,
  typeSlug: string,
  id: string,
  input: UpdateCustomObjectInput,
) {
  const db = deps.store.db;
  const type = await requireCustomObjectType(db, actor, typeSlug);
  const name = input.name === undefined ? undefined : objectName(input.name);
  return db.transaction().execute(async (trx) => {
    const current = await requireCustomObject(trx, actor, type, id);
    const values = await mergeCustomObjectValues(trx, actor, type, current, input.custom_fields);
    return saveCustomObject(trx, type, current, { ...current, ...values, name: name ?? current.name });
  });
}

export async function deleteCustomObject(deps: Deps, actor: Actor, typeSlug: string, id: string): Promise<void> {
  const db = deps.store.db;
  const type = await requireCustomObjectType(db, actor, typeSlug);
  await db.transaction().execute(async (trx) => {
    await requireCustomObject(trx, actor, type, id);
    await deleteCustomObjectRow(trx, actor.workspaceId, id);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'custom_object.deleted',
      subjectId: id,
      payload: { custom_object_id: id, type: type.slug },
    });
    await recordAudit(trx, {
      workspaceId: actor.workspaceId,
      actorUserId: actor.userId,
      action: 'custom_object.deleted',
      objectType: 'custom_object',
      objectId: id,
      attributes: { type: type.slug },
    });
  });
}
