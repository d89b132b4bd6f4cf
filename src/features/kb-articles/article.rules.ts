import { randomInt } from 'node:crypto';
import type { Actor } from '../../core/actor.js';
import { invalid, notFound } from '../../core/errors.js';
import { sanitizeHtml } from '../../core/html.js';
import type { Db } from '../../core/store/database.js';
import { findCollection } from '../kb-collections/collection.repository.js';
import { requireKnowledgeBase } from '../knowledge-bases/knowledge-base.service.js';
import type { KnowledgeBase } from '../knowledge-bases/knowledge-base.repository.js';
import { supportedLanguage } from '../knowledge-bases/language.js';
import { findUserById } from '../users/user.repository.js';
import { findArticle, type Article, type ArticleTranslation } from './article.repository.js';

/** An article body as stored: sanitized, and not empty. */
export function articleBody(html: string, field = 'body_html'): string {
  if (html.trim() === '') throw invalid(`${field} must not be empty`);
  return sanitizeHtml(html);
}

/** The number in an article's URL: ten digits, as Pylon's articles have. */
export const newIdentifier = (): string => String(randomInt(1_000_000_000, 10_000_000_000));

export async function requireArticle(db: Db, actor: Actor, kbId: string, id: string) {
  const kb = await requireKnowledgeBase(db, actor, kbId);
  const article = await findArticle(db, actor.workspaceId, kb.id, id);
  if (!article) throw notFound('Article');
  return { kb, article };
}

export async function requireUser(db: Db, actor: Actor, id: string, what = 'User'): Promise<string> {
  const user = await findUserById(db, actor.workspaceId, id);
  if (!user) throw notFound(what);
  return user.id;
}

export async function requireCollectionOf(db: Db, actor: Actor, kb: KnowledgeBase, id: string): Promise<string> {
  if (!(await findCollection(db, actor.workspaceId, kb.id, id))) throw notFound('Collection');
  return id;
}

/** Article tags by id: each must be a tag of the workspace's catalog for articles. */
export async function requireArticleTags(db: Db, actor: Actor, ids: readonly string[]): Promise<string[]> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return [];
  const found = await db
    .selectFrom('tags')
    .select('id')
    .where('workspace_id', '=', actor.workspaceId)
    .where('object_type', '=', 'article')
    .where('id', 'in', unique)
    .execute();
  const known = new Set(found.map((t) => t.id));
  const missing = unique.find((id) => !known.has(id));
  if (missing) throw invalid(`tag_ids: ${missing} is not an article tag of this workspace`);
  return unique;
}

/** Translations into the knowledge base's other languages, one per language. */
export function translationsOf(
  kb: KnowledgeBase,
  input: readonly { language: string; title: string; body_html: string }[],
): Record<string, ArticleTranslation> {
  const translations: Record<string, ArticleTranslation> = {};
  for (const t of input) {
    const language = supportedLanguage(kb, t.language, 'translations.language');
    if (language === kb.defaultLanguage)
      throw invalid('translations must not include the default language: that is the article itself');
    if (translations[language]) throw invalid(`translations lists ${language} twice`);
    const title = t.title.trim();
    if (title === '') throw invalid('translations.title must not be empty');
    translations[language] = { title, body_html: articleBody(t.body_html, 'translations.body_html') };
  }
  return translations;
}

/** The language a read asks for; another than the default one must be one the article is translated into. */
export function readLanguage(kb: KnowledgeBase, article: Article | undefined, language: string | undefined) {
  const chosen = supportedLanguage(kb, language);
  if (article && chosen !== kb.defaultLanguage && !article.translations[chosen]) throw notFound('Article translation');
  return chosen;
}
