import { createHash } from 'node:crypto';
import type { Db } from '../../core/store/database.js';
import { preparedRows } from '../../core/store/prepared.js';
import { ISSUE_NUMBER } from '../issues/issue.repository.js';

function versionQuery(db: Db, workspaceId: string) {
  return db
    .selectFrom('issues as i')
    .innerJoin('workspaces as w', 'w.id', 'i.workspace_id')
    .select(['i.id', 'i.messages_version', 'w.people_version'])
    .where('i.workspace_id', '=', workspaceId);
}

const byId = preparedRows<[string, string]>(2, (db, workspaceId, id) =>
  versionQuery(db, workspaceId).where('i.id', '=', id),
);
const byNumber = preparedRows<[string, number]>(2, (db, workspaceId, number) =>
  versionQuery(db, workspaceId).where('i.number', '=', number),
);

/**
 * The issue a path `{id}` names, with the version of everything its message pages show: its messages (moved by
 * triggers on every write, migration 019) and the authors' names (moved for the workspace). Read before the page, so
 * a write landing between the two can only make the next conditional request miss, never answer 304 to new content.
 */
export async function findMessagesVersion(
  db: Db,
  workspaceId: string,
  idOrNumber: string,
): Promise<{ issueId: string; version: string } | undefined> {
  const [row] = ISSUE_NUMBER.test(idOrNumber)
    ? await byNumber(db, workspaceId, Number(idOrNumber))
    : await byId(db, workspaceId, idOrNumber);
  return row && { issueId: row[0] as string, version: `${row[1]}.${row[2]}` };
}

/** The ETag of one page of an issue's messages: the version, and which page (`cursor`, `limit`) it is. */
export function messagePageTag(version: string, query: { cursor?: string; limit?: number }): string {
  const page = `${query.limit ?? 'all'}:${query.cursor ?? ''}`;
  return `W/"m${version}.${createHash('sha1').update(page).digest('base64url').slice(0, 12)}"`;
}
