import { sql, type Expression, type SqlBool } from 'kysely';
import type { Db } from '../../core/store/database.js';
import { dialectOf } from '../../core/store/dialect.js';
import { searchTerms } from '../../core/search/search-text.js';

/**
 * `search_text` on issues: issues whose title or any message body holds every word of the text (each word also
 * matching as the start of a longer one), through the database's full-text index (migration 010).
 */
export function issueTextMatch(db: Db, workspaceId: string, text: string): Expression<SqlBool> {
  const terms = searchTerms(text);
  if (terms.length === 0) return sql<SqlBool>`1 = 1`;
  const matches = dialectOf(db).documentMatches('d', terms);
  return sql<SqlBool>`issues.id in (
    select d.owner_id from search_documents d
    where d.workspace_id = ${workspaceId} and d.kind = 'issue' and ${matches})`;
}
