import type { Db } from '../../core/store/database.js';
import type { MessageRow } from './message.table.js';
import { readObject, readStringArray, toFlag, toJsonColumn } from '../../core/store/json-columns.js';

export interface EmailInfo {
  fromEmail: string | null;
  toEmails: string[];
  ccEmails: string[];
  bccEmails: string[];
  messageId: string | null;
}

export interface MessageAuthor {
  name: string;
  avatarUrl: string | null;
  user: { id: string; email: string } | null;
  contact: { id: string; email: string | null } | null;
}

export interface Message {
  id: string;
  workspaceId: string;
  issueId: string;
  threadId: string | null;
  isPrivate: boolean;
  source: string;
  bodyHtml: string;
  fileUrls: string[];
  authorUserId: string | null;
  authorContactId: string | null;
  emailInfo: EmailInfo | null;
  externalId: string | null;
  externalMetadata: Record<string, unknown> | null;
  createdAt: string;
  redactedAt: string | null;
}

/** A message as read back, with its author resolved. */
export interface MessageView extends Message {
  author: MessageAuthor;
}

const toMessage = (row: MessageRow): Message => ({
  id: row.id,
  workspaceId: row.workspace_id,
  issueId: row.issue_id,
  threadId: row.thread_id,
  isPrivate: row.is_private === 1,
  source: row.source,
  bodyHtml: row.body_html,
  fileUrls: readStringArray(row.file_urls),
  authorUserId: row.author_user_id,
  authorContactId: row.author_contact_id,
  emailInfo: readObject<EmailInfo>(row.email_info),
  externalId: row.external_id,
  externalMetadata: readObject<Record<string, unknown>>(row.external_metadata),
  createdAt: row.created_at,
  redactedAt: row.redacted_at,
});

export async function insertMessage(db: Db, message: Message): Promise<void> {
  await db
    .insertInto('messages')
    .values({
      id: message.id,
      workspace_id: message.workspaceId,
      issue_id: message.issueId,
      thread_id: message.threadId,
      is_private: toFlag(message.isPrivate),
      source: message.source,
      body_html: message.bodyHtml,
      file_urls: toJsonColumn(message.fileUrls),
      author_user_id: message.authorUserId,
      author_contact_id: message.authorContactId,
      email_info: message.emailInfo ? toJsonColumn(message.emailInfo) : null,
      external_id: message.externalId,
      external_metadata: message.externalMetadata ? toJsonColumn(message.externalMetadata) : null,
      email_message_id: message.emailInfo?.messageId ?? null,
      created_at: message.createdAt,
      redacted_at: message.redactedAt,
    })
    .execute();
}

type AuthorRow = { id: string; name: string; email: string | null; avatar_url: string | null };

/**
 * Resolves the authors of many messages with one query per kind: a page of messages usually has two or three
 * distinct authors, so this is far cheaper than joining users and contacts on every row.
 */
async function withAuthors(db: Db, workspaceId: string, rows: MessageRow[]): Promise<MessageView[]> {
  const userIds = [
    ...new Set(
      rows.flatMap((r) => (r.author_contact_id === null && r.author_user_id !== null ? [r.author_user_id] : [])),
    ),
  ];
  const contactIds = [...new Set(rows.flatMap((r) => (r.author_contact_id !== null ? [r.author_contact_id] : [])))];
  const byId = async (table: 'users' | 'contacts', ids: string[]): Promise<Map<string, AuthorRow>> =>
    ids.length === 0
      ? new Map()
      : new Map(
          (
            await db
              .selectFrom(table)
              .select(['id', 'name', 'email', 'avatar_url'])
              .where('workspace_id', '=', workspaceId)
              .where('id', 'in', ids)
              .execute()
          ).map((a) => [a.id, a as AuthorRow]),
        );
  const [users, contacts] = [await byId('users', userIds), await byId('contacts', contactIds)];
  return rows.map((row) => {
    const message = toMessage(row);
    let author: MessageAuthor;
    if (row.author_contact_id !== null) {
      const contact = contacts.get(row.author_contact_id);
      author = {
        name: contact?.name ?? '',
        avatarUrl: contact?.avatar_url ?? null,
        user: null,
        contact: { id: row.author_contact_id, email: contact?.email ?? null },
      };
    } else {
      const user = row.author_user_id !== null ? users.get(row.author_user_id) : undefined;
      author = {
        name: user?.name ?? '',
        avatarUrl: user?.avatar_url ?? null,
        user: row.author_user_id !== null ? { id: row.author_user_id, email: user?.email ?? '' } : null,
        contact: null,
      };
    }
    return { ...message, author };
  });
}

function selectMessages(db: Db, workspaceId: string, issueId: string) {
  return db.selectFrom('messages').selectAll().where('workspace_id', '=', workspaceId).where('issue_id', '=', issueId);
}

export async function findMessageById(
  db: Db,
  workspaceId: string,
  issueId: string,
  id: string,
): Promise<MessageView | undefined> {
  const row = await selectMessages(db, workspaceId, issueId).where('id', '=', id).executeTakeFirst();
  return row && (await withAuthors(db, workspaceId, [row]))[0];
}

export async function findMessageByExternalId(
  db: Db,
  workspaceId: string,
  issueId: string,
  externalId: string,
): Promise<Message | undefined> {
  const row = await db
    .selectFrom('messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', '=', issueId)
    .where('external_id', '=', externalId)
    .executeTakeFirst();
  return row && toMessage(row);
}

/** Replaces a message's content; id, author, timestamp, thread and visibility stay. */
export async function replaceMessageContent(
  db: Db,
  workspaceId: string,
  id: string,
  content: { bodyHtml: string; fileUrls: string[]; redactedAt: string },
): Promise<void> {
  await db
    .updateTable('messages')
    .set({ body_html: content.bodyHtml, file_urls: toJsonColumn(content.fileUrls), redacted_at: content.redactedAt })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}

export async function deleteMessage(db: Db, workspaceId: string, id: string): Promise<void> {
  await db.deleteFrom('messages').where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

/** The ids of an issue's messages (no content read). */
export async function listMessageIds(db: Db, workspaceId: string, issueId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('messages')
    .select('id')
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', '=', issueId)
    .execute();
  return rows.map((r) => r.id);
}

/** A message by id alone (for the delivery worker, which starts from an outbox row). */
export async function findMessageInWorkspace(db: Db, workspaceId: string, id: string): Promise<Message | undefined> {
  const row = await db
    .selectFrom('messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toMessage(row);
}

/** The RFC 5322 Message-IDs of an issue's email messages, oldest first (for References / In-Reply-To). */
export async function listEmailMessageIds(
  db: Db,
  workspaceId: string,
  issueId: string,
): Promise<{ id: string; emailMessageId: string }[]> {
  const rows = await db
    .selectFrom('messages')
    .select(['id', 'email_message_id'])
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', '=', issueId)
    .where('email_message_id', 'is not', null)
    .orderBy('created_at')
    .orderBy('id')
    .execute();
  return rows.map((r) => ({ id: r.id, emailMessageId: r.email_message_id! }));
}

/** The message of the workspace that carries this RFC 5322 Message-ID (inbound threading). */
export async function findMessageByEmailMessageId(
  db: Db,
  workspaceId: string,
  emailMessageIds: string[],
): Promise<Message | undefined> {
  if (emailMessageIds.length === 0) return undefined;
  const row = await db
    .selectFrom('messages')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('email_message_id', 'in', emailMessageIds)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
  return row && toMessage(row);
}

/** The email addressing of an issue's messages (who sent and received them), without their content. */
export async function listEmailInfosOfIssue(db: Db, workspaceId: string, issueId: string): Promise<EmailInfo[]> {
  const rows = await db
    .selectFrom('messages')
    .select('email_info')
    .where('workspace_id', '=', workspaceId)
    .where('issue_id', '=', issueId)
    .where('email_info', 'is not', null)
    .execute();
  return rows.flatMap((row) => readObject<EmailInfo>(row.email_info) ?? []);
}
