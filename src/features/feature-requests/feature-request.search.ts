import { sql, type Expression, type SqlBool } from 'kysely';
import type { Actor } from '../../core/actor.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { pageSize } from '../../core/pagination.js';
import { allOf } from '../../core/search/compile.js';
import { searchTerms } from '../../core/search/search-text.js';
import { dialectOf } from '../../core/store/dialect.js';
import { featureRequestSearchResultJson } from './feature-request.json.js';
import { listFeatureRequests } from './feature-request.repository.js';

export type SearchFeatureRequestsInput = ContractBody<'POST', '/feature-requests/search'>;

const NOTHING = sql<SqlBool>`1 = 0`;

/**
 * `POST /feature-requests/search`: `query` keeps the requests whose title or description holds every word of it,
 * `request_statuses` those in one of the statuses, `account_ids` those with evidence from one of the accounts (none
 * here: evidence is not gathered). One page of at most `limit`, oldest first.
 */
export async function searchFeatureRequests(deps: Deps, actor: Actor, body: SearchFeatureRequestsInput) {
  const db = deps.store.db;
  const dialect = dialectOf(db);
  const limit = pageSize(body.limit);
  const conditions: Expression<SqlBool>[] = [];
  for (const { word } of searchTerms(body.query ?? '')) {
    conditions.push(
      sql<SqlBool>`(${dialect.containsFolded(sql.ref('title'), word)} or ${dialect.containsFolded(
        sql.ref('description'),
        word,
      )})`,
    );
  }
  const statuses = body.request_statuses?.filter((s) => s !== '') ?? [];
  if (statuses.length > 0) conditions.push(sql<SqlBool>`request_status in (${sql.join(statuses)})`);
  if (body.account_ids?.some((a) => a !== '')) conditions.push(NOTHING);
  const rows = await listFeatureRequests(db, actor.workspaceId, limit, allOf(conditions));
  return rows.map(featureRequestSearchResultJson);
}
