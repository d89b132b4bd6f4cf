import { sql, type SqlBool } from 'kysely';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { textColumn, type SearchField } from '../../core/search/compile.js';
import { searchPage, type SearchBody } from '../../core/search/search-request.js';
import { customFieldSearchFields } from '../custom-fields/custom-field.search.js';
import { dialectOf, foldAscii } from '../../core/store/dialect.js';
import { listContacts } from './contact.repository.js';
import { presentContacts } from './contact.service.js';

const NAMES = ['equals', 'in', 'not_in', 'string_contains'] as const;

/** The fields `POST /contacts/search` filters on, with the operators its description allows. */
export const CONTACT_SEARCH_FIELDS: Readonly<Record<string, SearchField>> = {
  id: { operators: ['equals', 'in', 'not_in'], sql: textColumn('contacts.id') },
  email: { operators: NAMES, sql: textColumn('contacts.email') },
  name: { operators: NAMES, sql: textColumn('contacts.name') },
  account_id: { operators: ['equals', 'in', 'not_in'], sql: textColumn('contacts.account_id') },
};

/** `POST /contacts/search`: `search_text` matches a part of the name or the email. */
export async function searchContacts(deps: Deps, actor: Actor, body: SearchBody) {
  const db = deps.store.db;
  const dialect = dialectOf(db);
  const customFields = await customFieldSearchFields(db, actor.workspaceId, 'contact', 'contacts.custom_fields');
  return searchPage(db, body, {
    customFields,
    scope: 'contacts:search',
    fields: CONTACT_SEARCH_FIELDS,
    textMatch: (text) => {
      const needle = foldAscii(text);
      return sql<SqlBool>`(${dialect.containsFolded(sql.ref('contacts.name'), needle)} or ${dialect.containsFolded(
        sql.ref('contacts.email'),
        needle,
      )})`;
    },
    fetch: (page) => listContacts(db, actor.workspaceId, page),
    present: (rows) => presentContacts(db, rows),
  });
}
