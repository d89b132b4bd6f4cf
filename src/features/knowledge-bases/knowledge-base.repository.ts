import type { Db } from '../../core/store/database.js';
import { readStringArray, toJsonColumn } from '../../core/store/json-columns.js';
import type { Page } from '../../core/store/keyset.js';
import type { KnowledgeBaseRow } from './knowledge-base.table.js';

export interface KnowledgeBase {
  id: string;
  workspaceId: string;
  title: string;
  slug: string;
  defaultLanguage: string;
  supportedLanguages: string[];
  createdAt: string;
  updatedAt: string;
}

const toKnowledgeBase = (row: KnowledgeBaseRow): KnowledgeBase => ({
  id: row.id,
  workspaceId: row.workspace_id,
  title: row.title,
  slug: row.slug,
  defaultLanguage: row.default_language,
  supportedLanguages: readStringArray(row.supported_languages),
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function insertKnowledgeBase(db: Db, kb: KnowledgeBase): Promise<void> {
  await db
    .insertInto('knowledge_bases')
    .values({
      id: kb.id,
      workspace_id: kb.workspaceId,
      title: kb.title,
      slug: kb.slug,
      default_language: kb.defaultLanguage,
      supported_languages: toJsonColumn(kb.supportedLanguages),
      created_at: kb.createdAt,
      updated_at: kb.updatedAt,
    })
    .execute();
}

export async function findKnowledgeBaseById(db: Db, workspaceId: string, id: string) {
  const row = await db
    .selectFrom('knowledge_bases')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toKnowledgeBase(row);
}

export async function findKnowledgeBaseBySlug(db: Db, workspaceId: string, slug: string) {
  const row = await db
    .selectFrom('knowledge_bases')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('slug', '=', slug)
    .executeTakeFirst();
  return row && toKnowledgeBase(row);
}

export async function listKnowledgeBases(db: Db, workspaceId: string, page: Page): Promise<KnowledgeBase[]> {
  let query = db.selectFrom('knowledge_bases').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  const rows = await query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
  return rows.map(toKnowledgeBase);
}
