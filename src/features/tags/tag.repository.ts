import { sql } from 'kysely';
import type { Db } from '../../core/store/database.js';
import { readStringArray, toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';
import { newId } from '../../core/ids.js';
import { nowIso } from '../../core/clock.js';
import type { TagRow } from './tag.table.js';

/** What a tag may be set on; only issues and accounts carry tags here. */
export const TAG_OBJECT_TYPES = ['issue', 'account', 'contact', 'article'] as const;
export type TagObjectType = (typeof TAG_OBJECT_TYPES)[number];

/** The table whose rows carry tags of each object type (by value, in a JSON array column `tags`). */
const TAGGED_TABLES: Partial<Record<TagObjectType, 'issues' | 'accounts'>> = { issue: 'issues', account: 'accounts' };

export interface Tag {
  id: string;
  workspaceId: string;
  objectType: string;
  value: string;
  hexColor: string | null;
  createdAt: string;
  updatedAt: string;
}

const toTag = (row: TagRow): Tag => ({
  id: row.id,
  workspaceId: row.workspace_id,
  objectType: row.object_type,
  value: row.value,
  hexColor: row.hex_color,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function insertTag(db: Db, tag: Tag): Promise<void> {
  await db
    .insertInto('tags')
    .values({
      id: tag.id,
      workspace_id: tag.workspaceId,
      object_type: tag.objectType,
      value: tag.value,
      hex_color: tag.hexColor,
      created_at: tag.createdAt,
      updated_at: tag.updatedAt,
    })
    .execute();
}

export async function updateTag(db: Db, tag: Tag): Promise<void> {
  await db
    .updateTable('tags')
    .set({ value: tag.value, hex_color: tag.hexColor, updated_at: tag.updatedAt })
    .where('workspace_id', '=', tag.workspaceId)
    .where('id', '=', tag.id)
    .execute();
}

export async function deleteTag(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('tags').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export async function findTagById(db: Db, workspaceId: string, id: string): Promise<Tag | undefined> {
  const row = await db
    .selectFrom('tags')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toTag(row);
}

export async function findTagByValue(
  db: Db,
  workspaceId: string,
  objectType: string,
  value: string,
): Promise<Tag | undefined> {
  const row = await db
    .selectFrom('tags')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('object_type', '=', objectType)
    .where('value', '=', value)
    .executeTakeFirst();
  return row && toTag(row);
}

export async function listTags(db: Db, workspaceId: string, page: Page): Promise<Tag[]> {
  let query = db.selectFrom('tags').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toTag);
}

/**
 * Adds to the catalog the values an object was just saved with that it does not list yet, so the catalog names
 * every tag in use. Values listed already are left as they are (concurrent savers insert each value once).
 */
export async function catalogTags(
  db: Db,
  workspaceId: string,
  objectType: TagObjectType,
  values: readonly string[],
): Promise<void> {
  if (values.length === 0) return;
  const now = nowIso();
  await db
    .insertInto('tags')
    .values(
      [...new Set(values)].map((value) => ({
        id: newId(),
        workspace_id: workspaceId,
        object_type: objectType,
        value,
        hex_color: null,
        created_at: now,
        updated_at: now,
      })),
    )
    .onConflict((oc) => oc.columns(['workspace_id', 'object_type', 'value']).doNothing())
    .execute();
}

/** `%`, `_` and the escape character itself match literally in a LIKE pattern escaped with `\`. */
const likeLiteral = (text: string): string => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Renames a tag (`to` a value) or takes it off (`to` null) on every object of the type that carries it. Returns how
 * many objects changed.
 */
export async function retagObjects(
  db: Db,
  workspaceId: string,
  objectType: string,
  from: string,
  to: string | null,
): Promise<number> {
  const table = TAGGED_TABLES[objectType as TagObjectType];
  if (!table) return 0;
  // The JSON text of the value narrows the rows to read; the exact match is made on the parsed array.
  const pattern = `%${likeLiteral(JSON.stringify(from))}%`;
  const rows = await db
    .selectFrom(table)
    .select(['id', 'tags'])
    .where('workspace_id', '=', workspaceId)
    .where(sql<boolean>`tags like ${pattern} escape '\\'`)
    .execute();
  let changed = 0;
  for (const row of rows) {
    const tags = readStringArray(row.tags);
    if (!tags.includes(from)) continue;
    const next = [...new Set(tags.flatMap((tag) => (tag !== from ? [tag] : to === null ? [] : [to])))];
    await db
      .updateTable(table)
      .set({ tags: toJsonColumn(next) })
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', row.id)
      .execute();
    changed++;
  }
  return changed;
}
