import { sql } from 'kysely';
import type { Db } from '../../core/store/database.js';
import { dialectOf } from '../../core/store/dialect.js';
import { searchTerms } from '../../core/search/search-text.js';
import { findMacrosByIds, type Macro } from './macro.repository.js';

/**
 * The workspace's macros whose name or body best match a text, through the full-text index (migration 012): a
 * macro ranks by how many of the text's words it holds (the last also as the start of a word), so a long text such
 * as an issue's still finds the macros sharing most of its words. Ties go to the newest macro.
 */
export async function searchMacros(db: Db, workspaceId: string, text: string, limit: number): Promise<Macro[]> {
  const terms = searchTerms(text);
  if (terms.length === 0 || limit < 1) return [];
  const dialect = dialectOf(db);
  const score = sql.join(
    terms.map((term) => sql`case when ${dialect.documentMatches('d', [term])} then 1 else 0 end`),
    sql` + `,
  );
  const rows = await sql<{ owner_id: string; score: number }>`
    select * from (
      select d.owner_id, ${score} as score from search_documents d
      where d.workspace_id = ${workspaceId} and d.kind = 'macro'
    ) ranked
    where ranked.score > 0
    order by ranked.score desc, ranked.owner_id desc
    limit ${limit}`.execute(db);
  return findMacrosByIds(
    db,
    workspaceId,
    rows.rows.map((row) => row.owner_id),
  );
}
