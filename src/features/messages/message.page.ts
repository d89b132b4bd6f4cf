import type { Db } from '../../core/store/database.js';
import { readObject, readStringArray } from '../../core/store/json-columns.js';
import { afterTimePosition, type TimePosition } from '../../core/store/keyset.js';
import { preparedRows } from '../../core/store/prepared.js';
import type { EmailInfo, MessageAuthor, MessageView } from './message.repository.js';

/**
 * A page of an issue's messages with their authors, the API's hottest read: one prepared query, rows as arrays and a
 * direct mapping, no query building per request. The page is cut first (index order, the limit inside), then its
 * authors are joined by primary key: a plan that stays right on PostgreSQL before any ANALYZE has run (a freshly
 * imported database), where a join over the whole issue would be sorted instead. A message's author always belongs
 * to the message's workspace (checked when it is written), so the join needs no workspace condition of its own.
 */
function pageQuery(db: Db, workspaceId: string, issueId: string, limit: number, after?: TimePosition) {
  let page = db.selectFrom('messages').selectAll().where('issue_id', '=', issueId);
  page = page.where('workspace_id', '=', workspaceId);
  if (after) page = page.where(afterTimePosition(after));
  return db
    .selectFrom(page.orderBy('created_at').orderBy('id').limit(limit).as('m'))
    .leftJoin('users as u', 'u.id', 'm.author_user_id')
    .leftJoin('contacts as c', 'c.id', 'm.author_contact_id')
    .select([
      'm.id',
      'm.thread_id',
      'm.is_private',
      'm.source',
      'm.body_html',
      'm.file_urls',
      'm.author_user_id',
      'm.author_contact_id',
      'm.email_info',
      'm.external_id',
      'm.external_metadata',
      'm.created_at',
      'm.redacted_at',
      'u.name as user_name',
      'u.email as user_email',
      'u.avatar_url as user_avatar_url',
      'c.name as contact_name',
      'c.email as contact_email',
      'c.avatar_url as contact_avatar_url',
    ])
    .orderBy('m.created_at')
    .orderBy('m.id');
}

const firstRows = preparedRows<[string, string, number]>(3, (db, workspaceId, issueId, limit) =>
  pageQuery(db, workspaceId, issueId, limit),
);

const laterRows = preparedRows<[string, string, string, string, number]>(
  5,
  (db, workspaceId, issueId, createdAt, id, limit) => pageQuery(db, workspaceId, issueId, limit, { createdAt, id }),
);

function authorOf(row: unknown[]): MessageAuthor {
  const [userId, contactId] = [row[6] as string | null, row[7] as string | null];
  if (contactId !== null) {
    return {
      name: (row[16] as string | null) ?? '',
      avatarUrl: row[18] as string | null,
      user: null,
      contact: { id: contactId, email: row[17] as string | null },
    };
  }
  return {
    name: (row[13] as string | null) ?? '',
    avatarUrl: row[15] as string | null,
    user: userId !== null ? { id: userId, email: (row[14] as string | null) ?? '' } : null,
    contact: null,
  };
}

function toView(workspaceId: string, issueId: string, row: unknown[]): MessageView {
  return {
    id: row[0] as string,
    workspaceId,
    issueId,
    threadId: row[1] as string | null,
    isPrivate: Number(row[2]) === 1,
    source: row[3] as string,
    bodyHtml: row[4] as string,
    fileUrls: readStringArray(row[5] as string | null),
    authorUserId: row[6] as string | null,
    authorContactId: row[7] as string | null,
    emailInfo: readObject<EmailInfo>(row[8] as string | null),
    externalId: row[9] as string | null,
    externalMetadata: readObject<Record<string, unknown>>(row[10] as string | null),
    createdAt: row[11] as string,
    redactedAt: row[12] as string | null,
    author: authorOf(row),
  };
}

/** Messages of an issue, oldest first, after the keyset position; `limit` undefined means all of them. */
export async function listMessages(
  db: Db,
  workspaceId: string,
  issueId: string,
  page: { after?: TimePosition; limit?: number },
): Promise<MessageView[]> {
  // One more row than asked tells whether another page follows; no limit reads them all.
  const limit = page.limit === undefined ? Number.MAX_SAFE_INTEGER : page.limit + 1;
  const rows = page.after
    ? await laterRows(db, workspaceId, issueId, page.after.createdAt, page.after.id, limit)
    : await firstRows(db, workspaceId, issueId, limit);
  return rows.map((row) => toView(workspaceId, issueId, row));
}
