import { listMessages as listMessageRows } from '../../store/repositories/messages.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { requireIssue } from '../issues.js';
import { decodeCursor, encodeCursor, pageSize, paginate } from '../pagination.js';
import { messageJson } from '../representations.js';

/**
 * Every message of an issue, oldest first: the first message, replies and internal notes. With neither `cursor` nor
 * `limit`, all of them; otherwise pages of `limit` (default 100), keyed on (timestamp, id), so messages that arrive
 * while a client pages are neither skipped nor repeated.
 */
export async function listIssueMessages(deps: Deps, actor: Actor, issueIdOrNumber: string, query: { cursor?: string; limit?: number }) {
  const db = deps.store.db;
  const issue = await requireIssue(db, actor, issueIdOrNumber);
  const scope = `messages:${issue.id}`;
  const after = query.cursor ? decodeCursor(scope, query.cursor, ['t', 'id']) : undefined;
  const paged = query.cursor !== undefined || query.limit !== undefined;
  const limit = paged ? pageSize(query.limit) : undefined;
  const rows = await listMessageRows(db, actor.workspaceId, issue.id, {
    after: after && { createdAt: after.t!, id: after.id! },
    limit,
  });
  if (limit === undefined) return { data: rows.map(messageJson), pagination: { cursor: '', has_next_page: false } };
  const page = paginate(rows, limit, (last) => encodeCursor(scope, { t: last.createdAt, id: last.id }));
  return { data: page.items.map(messageJson), pagination: page.pagination };
}
