import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { textColumn, type SearchField } from '../../core/search/compile.js';
import { searchPage, type SearchBody } from '../../core/search/search-request.js';
import { userJson } from './user.json.js';
import { listUsers } from './user.repository.js';

/** The fields `POST /users/search` filters on, with the operators its description allows. */
export const USER_SEARCH_FIELDS: Readonly<Record<string, SearchField>> = {
  email: { operators: ['equals', 'in', 'not_in'], sql: textColumn('users.email') },
};

export async function searchUsers(deps: Deps, actor: Actor, body: SearchBody) {
  const db = deps.store.db;
  return searchPage(db, body, {
    scope: 'users:search',
    fields: USER_SEARCH_FIELDS,
    fetch: (page) => listUsers(db, actor.workspaceId, page),
    present: (rows) => rows.map(userJson),
  });
}
