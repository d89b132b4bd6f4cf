import type { Db } from '../../core/store/database.js';

export interface Attachment {
  id: string;
  workspaceId: string;
  messageId: string | null;
  filename: string;
  contentType: string;
  size: number;
  content: Buffer;
  createdAt: string;
}

export async function insertAttachment(db: Db, a: Attachment): Promise<void> {
  await db
    .insertInto('attachments')
    .values({
      id: a.id,
      workspace_id: a.workspaceId,
      message_id: a.messageId,
      filename: a.filename,
      content_type: a.contentType,
      size: a.size,
      content: a.content,
      created_at: a.createdAt,
    })
    .execute();
}

export async function findAttachment(db: Db, id: string): Promise<Attachment | undefined> {
  const row = await db.selectFrom('attachments').selectAll().where('id', '=', id).executeTakeFirst();
  return (
    row && {
      id: row.id,
      workspaceId: row.workspace_id,
      messageId: row.message_id,
      filename: row.filename,
      contentType: row.content_type,
      size: Number(row.size),
      content: Buffer.from(row.content),
      createdAt: row.created_at,
    }
  );
}

/** Redaction removes a message's files for good. */
/** Deletes a message's attachments; returns how many there were. */
export async function deleteAttachmentsOfMessage(db: Db, workspaceId: string, messageId: string): Promise<number> {
  const result = await db
    .deleteFrom('attachments')
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}
