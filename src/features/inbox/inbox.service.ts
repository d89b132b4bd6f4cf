import { createHash } from 'node:crypto';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { decodeCursor, encodeCursor, paginate } from '../../core/pagination.js';
import { findInboxPeople } from './inbox-people.repository.js';
import { inboxRowJson, type InboxRowJson } from './inbox.json.js';
import { parseInboxQuery, type InboxQuery } from './inbox-query.js';
import { listInboxIssues, type InboxIssue } from './inbox.repository.js';

export interface InboxPage {
  data: InboxRowJson[];
  /** `cursor` is null on the last page. */
  pagination: { cursor: string | null; has_next_page: boolean };
}

/**
 * A cursor belongs to one list: its view and filters. One from another list (or altered) is refused rather than
 * read as a position in this one.
 */
const scopeOf = (query: InboxQuery): string =>
  `inbox:${createHash('sha256')
    .update(JSON.stringify([query.view, query.filters]))
    .digest('base64url')
    .slice(0, 16)}`;

const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];

/**
 * `GET /console/api/inbox`: a page of the workspace's issues in a view, newest activity first. Two queries: the
 * page, then everyone it names.
 */
export async function listInbox(
  deps: Deps,
  actor: Actor,
  raw: Record<string, string | string[] | undefined>,
): Promise<InboxPage> {
  const query = parseInboxQuery(raw);
  const scope = scopeOf(query);
  const position = query.cursor === null ? null : decodeCursor(scope, query.cursor, ['t', 'id']);
  const db = deps.store.db;
  const rows = await listInboxIssues(
    db,
    actor.workspaceId,
    { view: query.view, filters: query.filters, userId: actor.userId },
    { after: position && { latestMessageTime: position.t!, id: position.id! }, limit: query.limit },
  );
  const page = paginate(rows, query.limit, (last: InboxIssue) =>
    encodeCursor(scope, { t: last.latestMessageTime, id: last.id }),
  );
  const people = await findInboxPeople(db, actor.workspaceId, {
    contactIds: unique(page.items.map((i) => i.requesterId)),
    userIds: unique(page.items.map((i) => i.assigneeId)),
    teamIds: unique(page.items.map((i) => i.teamId)),
  });
  return {
    data: page.items.map((issue) => inboxRowJson(issue, people, deps.publicUrl)),
    pagination: {
      cursor: page.pagination.has_next_page ? page.pagination.cursor : null,
      has_next_page: page.pagination.has_next_page,
    },
  };
}
