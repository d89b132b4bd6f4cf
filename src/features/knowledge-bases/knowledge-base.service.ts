import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { isUniqueViolation, type Db } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { knowledgeBaseJson } from './knowledge-base.json.js';
import {
  findKnowledgeBaseById,
  findKnowledgeBaseBySlug,
  insertKnowledgeBase,
  listKnowledgeBases as listKnowledgeBaseRows,
  type KnowledgeBase,
} from './knowledge-base.repository.js';
import { languageCode } from './language.js';
import { chosenSlug, requiredTitle, slugFrom } from './slug.js';

/** `POST /knowledge-bases` (Helpline's own: Pylon's API creates knowledge bases in its app only). */
export interface CreateKnowledgeBaseInput {
  title: string;
  slug?: string;
  default_language?: string;
  supported_languages?: string[];
}

export async function requireKnowledgeBase(db: Db, actor: Actor, id: string): Promise<KnowledgeBase> {
  const kb = await findKnowledgeBaseById(db, actor.workspaceId, id);
  if (!kb) throw notFound('Knowledge base');
  return kb;
}

/** The default language comes first among the supported ones, each listed once. */
function languages(input: CreateKnowledgeBaseInput): { defaultLanguage: string; supportedLanguages: string[] } {
  const defaultLanguage = languageCode(input.default_language ?? 'en', 'default_language');
  const others = (input.supported_languages ?? []).map((l) => languageCode(l, 'supported_languages'));
  return { defaultLanguage, supportedLanguages: [...new Set([defaultLanguage, ...others])] };
}

async function failIfSlugTaken(db: Db, workspaceId: string, slug: string): Promise<void> {
  const existing = await findKnowledgeBaseBySlug(db, workspaceId, slug);
  if (existing) throw duplicate(`A knowledge base with slug "${slug}" already exists`, existing.id);
}

export async function createKnowledgeBase(deps: Deps, actor: Actor, input: CreateKnowledgeBaseInput) {
  const title = requiredTitle(input.title);
  const slug = input.slug === undefined ? slugFrom(title) : chosenSlug(input.slug);
  const now = nowIso();
  const kb: KnowledgeBase = {
    id: newId(),
    workspaceId: actor.workspaceId,
    title,
    slug,
    ...languages(input),
    createdAt: now,
    updatedAt: now,
  };
  const db = deps.store.db;
  await failIfSlugTaken(db, actor.workspaceId, slug);
  try {
    return await db.transaction().execute(async (trx) => {
      await insertKnowledgeBase(trx, kb);
      const json = knowledgeBaseJson(kb);
      await recordEvent(trx, {
        workspaceId: actor.workspaceId,
        type: 'knowledge_base.created',
        subjectId: kb.id,
        payload: { knowledge_base: json },
      });
      await recordAudit(trx, {
        workspaceId: actor.workspaceId,
        actorUserId: actor.userId,
        action: 'knowledge_base.created',
        objectType: 'knowledge_base',
        objectId: kb.id,
        attributes: { slug },
      });
      return json;
    });
  } catch (error) {
    // A knowledge base created concurrently with the same slug: the same answer as when it came first.
    if (isUniqueViolation(error)) await failIfSlugTaken(db, actor.workspaceId, slug);
    throw error;
  }
}

export async function getKnowledgeBase(deps: Deps, actor: Actor, id: string) {
  return knowledgeBaseJson(await requireKnowledgeBase(deps.store.db, actor, id));
}

export const listKnowledgeBases = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `knowledge-bases:${actor.workspaceId}`,
    query,
    (page) => listKnowledgeBaseRows(deps.store.db, actor.workspaceId, page),
    (rows) => rows.map(knowledgeBaseJson),
  );
