import type { Db } from '../../core/store/database.js';
import { searchArticles } from '../kb-articles/article.search.js';
import { searchMacros } from '../macros/macro.full-text.js';
import { plainText } from './conversation.js';
import { keywords, type Source } from './draft.js';

/** Candidates asked of each kind, and sources a draft is composed from. */
const CANDIDATES = 5;
const MAX_SOURCES = 3;
/** The question's words articles are looked up by, one by one (each lookup needs all its words). */
const ARTICLE_WORDS = 10;

/** How well a candidate speaks of the question: the question's words it holds, those in its title counting twice. */
function relevance(asked: ReadonlySet<string>, source: Source): number {
  const inTitle = new Set(keywords(source.title, 64));
  const inText = new Set(keywords(plainText(source.html), 4096));
  let score = 0;
  for (const word of asked) score += (inTitle.has(word) ? 2 : 0) + (inText.has(word) ? 1 : 0);
  return score;
}

/** Published articles holding any of the words (an article search needs every word it is given: one word each). */
async function findArticles(db: Db, workspaceId: string, words: readonly string[]): Promise<Source[]> {
  const found = new Map<string, Source>();
  for (const word of words.slice(0, ARTICLE_WORDS)) {
    for (const a of await searchArticles(db, workspaceId, word, CANDIDATES)) {
      found.set(a.id, { type: 'article', id: a.id, title: a.title, html: a.bodyHtml });
    }
  }
  return [...found.values()];
}

/**
 * The knowledge-base articles and macros that best match a question, best first: each kind found through the
 * full-text index by the question's words (stop words left out, so a long message still finds what shares most of
 * its words), then ranked together by the words each holds.
 */
export async function findSources(db: Db, workspaceId: string, question: string): Promise<Source[]> {
  const words = keywords(question);
  if (words.length === 0) return [];
  const text = words.join(' ');
  const macros = await searchMacros(db, workspaceId, text, CANDIDATES);
  const candidates: Source[] = [
    ...(await findArticles(db, workspaceId, words)),
    // A note macro is written for colleagues, not for customers.
    ...macros
      .filter((m) => m.textType !== 'note')
      .map((m): Source => ({ type: 'macro', id: m.id, title: m.name, html: m.textHtml })),
  ];
  const asked = new Set(words);
  return candidates
    .map((source) => ({ source, score: relevance(asked, source) }))
    .filter((ranked) => ranked.score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_SOURCES)
    .map((ranked) => ranked.source);
}
