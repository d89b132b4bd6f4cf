import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import { recordAudit, type AuditAction } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { issueTags } from '../issues/issue.fields.js';
import { tagJson } from './tag.json.js';
import {
  deleteTag as deleteTagRow,
  findTagById,
  findTagByValue,
  insertTag,
  listTags as listTagRows,
  retagObjects,
  TAG_OBJECT_TYPES,
  updateTag as updateTagRow,
  type Tag,
} from './tag.repository.js';

const HEX_COLOR = /^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/;

/** As the contract defines them. */
export type CreateTagInput = ContractBody<'POST', '/tags'>;
export type UpdateTagInput = ContractBody<'PATCH', '/tags/:id'>;

/** A tag value obeys the rules of the tags objects carry: one line, trimmed, not empty, not too long. */
const tagValue = (raw: string): string => issueTags([raw])[0]!;

/** `""` clears the color. */
function hexColor(raw: string | undefined, current: string | null): string | null {
  if (raw === undefined) return current;
  if (raw === '') return null;
  if (!HEX_COLOR.test(raw)) throw invalid('hex_color must be a hex color code such as #1f6feb');
  return raw;
}

async function failIfTaken(db: Db, tag: Tag): Promise<void> {
  const existing = await findTagByValue(db, tag.workspaceId, tag.objectType, tag.value);
  if (existing && existing.id !== tag.id)
    throw duplicate(`A ${tag.objectType} tag "${tag.value}" already exists`, existing.id);
}

/** Runs a change that may collide with a tag saved concurrently: the collision is the duplicate error. */
async function uniquely<T>(db: Db, tag: Tag, change: () => Promise<T>): Promise<T> {
  await failIfTaken(db, tag);
  try {
    return await change();
  } catch (error) {
    if (isUniqueViolation(error)) await failIfTaken(db, tag);
    throw error;
  }
}

async function audit(db: Db, actor: Actor, action: AuditAction, tag: Tag, objectCount?: number) {
  const attributes: Record<string, string> = { object_type: tag.objectType };
  if (objectCount !== undefined) attributes.object_count = String(objectCount);
  await recordAudit(db, {
    workspaceId: actor.workspaceId,
    actorUserId: actor.userId,
    action,
    objectType: 'tag',
    objectId: tag.id,
    attributes,
  });
}

export async function requireTag(db: Db, actor: Actor, id: string): Promise<Tag> {
  const tag = await findTagById(db, actor.workspaceId, id);
  if (!tag) throw notFound('Tag');
  return tag;
}

export async function createTag(deps: Deps, actor: Actor, input: CreateTagInput) {
  if (!(TAG_OBJECT_TYPES as readonly string[]).includes(input.object_type))
    throw invalid(`object_type must be one of ${TAG_OBJECT_TYPES.join(', ')}`);
  const now = nowIso();
  const tag: Tag = {
    id: newId(),
    workspaceId: actor.workspaceId,
    objectType: input.object_type,
    value: tagValue(input.value),
    hexColor: hexColor(input.hex_color, null),
    createdAt: now,
    updatedAt: now,
  };
  const db = deps.store.db;
  return uniquely(db, tag, () =>
    db.transaction().execute(async (trx) => {
      await insertTag(trx, tag);
      const json = tagJson(tag);
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'tag.created',
        subjectId: tag.id,
        payload: { tag: json },
      });
      await audit(trx, actor, 'tag.created', tag);
      return json;
    }),
  );
}

/** A new value renames the tag on every object that carries it. */
export async function updateTag(deps: Deps, actor: Actor, id: string, input: UpdateTagInput) {
  const db = deps.store.db;
  const tag = await requireTag(db, actor, id);
  const next: Tag = {
    ...tag,
    value: input.value === undefined ? tag.value : tagValue(input.value),
    hexColor: hexColor(input.hex_color, tag.hexColor),
    updatedAt: nowIso(),
  };
  return uniquely(db, next, () =>
    db.transaction().execute(async (trx) => {
      const current = await requireTag(trx, actor, id);
      await updateTagRow(trx, next);
      const objectCount =
        current.value === next.value
          ? 0
          : await retagObjects(trx, actor.workspaceId, current.objectType, current.value, next.value);
      const json = tagJson(next);
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'tag.updated',
        subjectId: tag.id,
        payload: { tag: json, previous_value: current.value, object_count: objectCount },
      });
      await audit(trx, actor, 'tag.updated', next, objectCount);
      return json;
    }),
  );
}

/** Deletes the tag from the catalog and takes it off every object that carries it. */
export async function deleteTag(deps: Deps, actor: Actor, id: string): Promise<void> {
  await deps.store.db.transaction().execute(async (trx) => {
    const tag = await requireTag(trx, actor, id);
    await deleteTagRow(trx, actor.workspaceId, tag.id);
    const objectCount = await retagObjects(trx, actor.workspaceId, tag.objectType, tag.value, null);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'tag.deleted',
      subjectId: tag.id,
      payload: { tag: tagJson(tag), object_count: objectCount },
    });
    await audit(trx, actor, 'tag.deleted', tag, objectCount);
  });
}

export async function getTag(deps: Deps, actor: Actor, id: string) {
  return tagJson(await requireTag(deps.store.db, actor, id));
}

export const listTags = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `tags:${actor.workspaceId}`,
    query,
    (page) => listTagRows(deps.store.db, actor.workspaceId, page),
    (rows) => rows.map(tagJson),
  );
