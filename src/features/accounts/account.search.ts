import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { jsonListColumn, relatedRows, textColumn, type SearchField } from '../../core/search/compile.js';
import { searchPage, type SearchBody } from '../../core/search/search-request.js';
import { customFieldSearchFields } from '../custom-fields/custom-field.search.js';
import { dialectOf, foldAscii } from '../../core/store/dialect.js';
import { accountJson } from './account.json.js';
import { listAccounts } from './account.repository.js';

const LISTS = ['contains', 'does_not_contain', 'in', 'not_in'] as const;
const OPTIONAL_IDS = ['equals', 'in', 'not_in', 'is_set', 'is_unset'] as const;

const withExternalId = relatedRows(
  (values) =>
    sql<SqlBool>`exists (select 1 from account_external_ids x where x.account_id = accounts.id${
      values ? sql` and x.external_id in (${sql.join(values)})` : sql``
    })`,
);

/** The fields `POST /accounts/search` filters on, with the operators its description allows. */
export const ACCOUNT_SEARCH_FIELDS: Readonly<Record<string, SearchField>> = {
  id: { operators: ['equals', 'in', 'not_in'], sql: textColumn('accounts.id') },
  domains: { operators: LISTS, sql: jsonListColumn('accounts.domains') },
  tags: { operators: LISTS, sql: jsonListColumn('accounts.tags') },
  name: { operators: ['equals', 'in', 'not_in', 'string_contains'], sql: textColumn('accounts.name') },
  external_ids: { operators: OPTIONAL_IDS, sql: withExternalId },
  owner_id: { operators: OPTIONAL_IDS, sql: textColumn('accounts.owner_id') },
};

/** `POST /accounts/search`: `search_text` matches a part of the name or of a domain. */
export async function searchAccounts(deps: Deps, actor: Actor, body: SearchBody) {
  const db = deps.store.db;
  const dialect = dialectOf(db);
  const customFields = await customFieldSearchFields(db, actor.workspaceId, 'account', 'accounts.custom_fields');
  return searchPage(db, body, {
    customFields,
    scope: 'accounts:search',
    fields: ACCOUNT_SEARCH_FIELDS,
    textMatch: (text) => {
      const needle = foldAscii(text);
      // Domains are stored as a JSON array of lower-case names: a part of one is a part of that text.
      return sql<SqlBool>`(${dialect.containsFolded(sql.ref('accounts.name'), needle)} or ${dialect.containsFolded(
        sql.ref('accounts.domains'),
        needle,
      )})`;
    },
    fetch: (page) => listAccounts(db, actor.workspaceId, page),
    present: (rows) => rows.map(accountJson),
  });
}
