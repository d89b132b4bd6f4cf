import type { Selectable } from 'kysely';
import type { Db } from '../../core/store/database.js';
import type { AttachmentsTable } from './attachment.table.js';

/** A stored file: an inbound email's attachment (bytes in `content`) or an upload (bytes in the blob store). */
export interface Attachment {
  id: string;
  workspaceId: string;
  messageId: string | null;
  accountId: string | null;
  filename: string;
  contentType: string;
  size: number;
  /** Empty when the bytes are in the blob store. */
  content: Buffer;
  blobKey: string | null;
  description: string | null;
  createdAt: string;
}

/** What is inserted: an upload names its blob and leaves `content` out; an email attachment carries its bytes. */
export type NewAttachment = Omit<Attachment, 'accountId' | 'blobKey' | 'description'> &
  Partial<Pick<Attachment, 'accountId' | 'blobKey' | 'description'>>;

export async function insertAttachment(db: Db, a: NewAttachment): Promise<void> {
  await db
    .insertInto('attachments')
    .values({
      id: a.id,
      workspace_id: a.workspaceId,
      message_id: a.messageId,
      account_id: a.accountId ?? null,
      filename: a.filename,
      content_type: a.contentType,
      size: a.size,
      content: a.content,
      blob_key: a.blobKey ?? null,
      description: a.description ?? null,
      created_at: a.createdAt,
    })
    .execute();
}

const toAttachment = (row: Selectable<AttachmentsTable>): Attachment => ({
  id: row.id,
  workspaceId: row.workspace_id,
  messageId: row.message_id,
  accountId: row.account_id,
  filename: row.filename,
  contentType: row.content_type,
  size: Number(row.size),
  content: Buffer.from(row.content),
  blobKey: row.blob_key,
  description: row.description,
  createdAt: row.created_at,
});

/** By id alone: the download link carries no workspace (the id is the credential). */
export async function findAttachment(db: Db, id: string): Promise<Attachment | undefined> {
  const row = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toAttachment(row);
}

export async function findAttachmentInWorkspace(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<Attachment | undefined> {
  const row = await db
    .selectFrom('attachments')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toAttachment(row);
}

/** Gives an unclaimed upload to a message; false when it already belongs to a message or an account. */
export async function claimAttachment(db: Db, workspaceId: string, id: string, messageId: string): Promise<boolean> {
  const result = await db
    .updateTable('attachments')
    .set({ message_id: messageId })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('message_id', 'is', null)
    .where('account_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/** Deletes the messages' attachments: how many there were, and the blobs to delete once the change commits. */
export async function deleteAttachmentsOfMessages(
  db: Db,
  workspaceId: string,
  messageIds: string[],
): Promise<{ count: number; blobKeys: string[] }> {
  if (messageIds.length === 0) return { count: 0, blobKeys: [] };
  const rows = await db
    .deleteFrom('attachments')
    .where('workspace_id', '=', workspaceId)
    .where('message_id', 'in', messageIds)
    .returning('blob_key')
    .execute();
  return { count: rows.length, blobKeys: rows.flatMap((r) => (r.blob_key ? [r.blob_key] : [])) };
}

/** Deletes an account's files (when the account goes): the blobs to delete once the change commits. */
export async function deleteAttachmentsOfAccount(db: Db, workspaceId: string, accountId: string): Promise<string[]> {
  const rows = await db
    .deleteFrom('attachments')
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', accountId)
    .returning('blob_key')
    .execute();
  return rows.flatMap((r) => (r.blob_key ? [r.blob_key] : []));
}

/** Gives the files of one account to another (a merge). */
export async function moveAttachmentsOfAccount(db: Db, workspaceId: string, from: string, to: string): Promise<void> {
  await db
    .updateTable('attachments')
    .set({ account_id: to })
    .where('workspace_id', '=', workspaceId)
    .where('account_id', '=', from)
    .execute();
}
