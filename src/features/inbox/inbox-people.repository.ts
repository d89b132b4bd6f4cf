import { sql } from 'kysely';
import type { Db } from '../../core/store/database.js';

export interface NamedRef {
  id: string;
  name: string;
  email: string | null;
}

/** The requesters (contacts), assignees (users) and teams a page of the inbox names, each by its id. */
export interface InboxPeople {
  contacts: Map<string, NamedRef>;
  users: Map<string, NamedRef>;
  teams: Map<string, NamedRef>;
}

type Kind = 'contact' | 'user' | 'team';

/**
 * Everyone a page names, in one query (one branch of a `union all` per table that has ids to find), so a page costs
 * two queries whatever its length.
 */
export async function findInboxPeople(
  db: Db,
  workspaceId: string,
  ids: { contactIds: string[]; userIds: string[]; teamIds: string[] },
): Promise<InboxPeople> {
  const people: InboxPeople = { contacts: new Map(), users: new Map(), teams: new Map() };
  const branches = [
    ids.contactIds.length === 0
      ? undefined
      : db
          .selectFrom('contacts')
          .select([sql<Kind>`'contact'`.as('kind'), 'id', 'name', 'email'])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', ids.contactIds),
    ids.userIds.length === 0
      ? undefined
      : db
          .selectFrom('users')
          .select([sql<Kind>`'user'`.as('kind'), 'id', 'name', sql<string | null>`email`.as('email')])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', ids.userIds),
    ids.teamIds.length === 0
      ? undefined
      : db
          .selectFrom('teams')
          .select([sql<Kind>`'team'`.as('kind'), 'id', 'name', sql<string | null>`cast(null as text)`.as('email')])
          .where('workspace_id', '=', workspaceId)
          .where('id', 'in', ids.teamIds),
  ].filter((branch) => branch !== undefined);
  const [first, ...rest] = branches;
  if (!first) return people;
  const rows = await rest.reduce((query, branch) => query.unionAll(branch), first).execute();
  for (const row of rows) {
    const target = row.kind === 'contact' ? people.contacts : row.kind === 'user' ? people.users : people.teams;
    target.set(row.id, { id: row.id, name: row.name, email: row.email });
  }
  return people;
}
