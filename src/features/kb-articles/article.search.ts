import { sql, type SqlBool } from 'kysely';
import { searchableText, searchTerms } from '../../core/search/search-text.js';
import type { Db } from '../../core/store/database.js';
import { dialectOf } from '../../core/store/dialect.js';
import { fromFlag } from '../../core/store/json-columns.js';

/** An article found by text: what a caller needs to quote it as context. */
export interface ArticleMatch {
  id: string;
  knowledgeBaseId: string;
  title: string;
  /** The published content (HTML), sanitized. */
  bodyHtml: string;
  url: string;
}

/** How many matches are read before ranking: the best of them are answered. */
const CANDIDATES = 200;

/** How well a text matches: title words count three times as much as body words. */
function score(terms: ReturnType<typeof searchTerms>, title: string, body: string): number {
  const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const count = (list: string[]) =>
    terms.reduce((n, t) => n + list.filter((w) => (t.prefix ? w.startsWith(t.word) : w === t.word)).length, 0);
  return 3 * count(words(title)) + count(words(searchableText(body)));
}

/**
 * The workspace's published, listed or unlisted, articles whose title and published content hold every word of
 * `text` (the full-text index, as for issues), best first. Articles whose visibility is `internal_only` are
 * included: the caller decides what it may show. `url` is relative to the server's public URL.
 */
export async function searchArticles(db: Db, workspaceId: string, text: string, limit: number) {
  const terms = searchTerms(text);
  if (terms.length === 0 || limit < 1) return [];
  const matches = dialectOf(db).documentMatches('d', terms);
  const rows = await db
    .selectFrom('kb_articles')
    .innerJoin('knowledge_bases', 'knowledge_bases.id', 'kb_articles.knowledge_base_id')
    .select([
      'kb_articles.id',
      'kb_articles.knowledge_base_id',
      'kb_articles.title',
      'kb_articles.published_body_html',
      'kb_articles.is_published',
      'kb_articles.identifier',
      'kb_articles.slug',
      'knowledge_bases.slug as kb_slug',
    ])
    .where('kb_articles.workspace_id', '=', workspaceId)
    .where('kb_articles.is_published', '=', 1)
    .where(
      sql<SqlBool>`kb_articles.id in (select d.owner_id from search_documents d
        where d.workspace_id = ${workspaceId} and d.kind = 'article' and ${matches})`,
    )
    .orderBy('kb_articles.id', 'desc')
    .limit(CANDIDATES)
    .execute();
  return rows
    .filter((r) => fromFlag(r.is_published) && r.published_body_html !== null)
    .map((r) => ({
      match: {
        id: r.id,
        knowledgeBaseId: r.knowledge_base_id,
        title: r.title,
        bodyHtml: r.published_body_html ?? '',
        url: `/kb/${r.kb_slug}/articles/${r.identifier}-${r.slug}`,
      } satisfies ArticleMatch,
      score: score(terms, r.title, r.published_body_html ?? ''),
    }))
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map((r) => r.match);
}
