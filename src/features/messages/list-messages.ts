import { listMessages as listMessageRows } from './message.page.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { notFound } from '../../core/errors.js';
import { findMessagesVersion, messagePageTag } from './message.version.js';
import { decodeCursor, encodeCursor, pageSize, paginate, type Pagination } from '../../core/pagination.js';
import { messageJson } from './message.json.js';

/** Rows read per query when all of an issue's messages are asked for: memory stays bounded by this, not the issue. */
const STREAM_PAGE = 500;

type MessageJson = ReturnType<typeof messageJson>;

export type MessageListing =
  | { kind: 'page'; data: MessageJson[]; pagination: Pagination }
  /** Every message, read page by page as the caller consumes them. */
  | { kind: 'all'; pages: AsyncGenerator<MessageJson[]> };

/** The page a request names, and its version, known before any message is read. */
export interface MessagePageVersion {
  issueId: string;
  /** Changes whenever the page's content may have (see message.version.ts). */
  etag: string;
  /** Names this page of this issue at this version, for the response cache. */
  cacheKey: string;
}

/** Finds the issue (404 when it is not the caller's) and the version of the page asked for. */
export async function messagePageVersion(
  deps: Deps,
  actor: Actor,
  issueIdOrNumber: string,
  query: { cursor?: string; limit?: number },
): Promise<MessagePageVersion> {
  const found = await findMessagesVersion(deps.store.db, actor.workspaceId, issueIdOrNumber);
  if (!found) throw notFound('Issue');
  const etag = messagePageTag(found.version, query);
  return { issueId: found.issueId, etag, cacheKey: `messages:${actor.workspaceId}:${found.issueId}:${etag}` };
}

/**
 * Every message of an issue (found by `messagePageVersion`), oldest first: the first message, replies and internal
 * notes. With neither `cursor` nor `limit`, all of them (as a stream of pages); otherwise pages of `limit` (default
 * 100), keyed on (timestamp, id), so messages that arrive while a client pages are neither skipped nor repeated.
 */
export async function listIssueMessages(
  deps: Deps,
  actor: Actor,
  issueId: string,
  query: { cursor?: string; limit?: number },
): Promise<MessageListing> {
  const db = deps.store.db;
  const issue = { id: issueId };
  if (query.cursor === undefined && query.limit === undefined) {
    return {
      kind: 'all',
      pages: (async function* () {
        let after: { createdAt: string; id: string } | undefined;
        for (;;) {
          const rows = await listMessageRows(db, actor.workspaceId, issue.id, { after, limit: STREAM_PAGE });
          const page = rows.slice(0, STREAM_PAGE);
          if (page.length > 0) yield page.map(messageJson);
          if (rows.length <= STREAM_PAGE) return;
          const last = page[page.length - 1]!;
          after = { createdAt: last.createdAt, id: last.id };
        }
      })(),
    };
  }
  const scope = `messages:${issue.id}`;
  const after = query.cursor ? decodeCursor(scope, query.cursor, ['t', 'id']) : undefined;
  const limit = pageSize(query.limit);
  const rows = await listMessageRows(db, actor.workspaceId, issue.id, {
    after: after && { createdAt: after.t!, id: after.id! },
    limit,
  });
  const page = paginate(rows, limit, (last) => encodeCursor(scope, { t: last.createdAt, id: last.id }));
  return { kind: 'page', data: page.items.map(messageJson), pagination: page.pagination };
}
