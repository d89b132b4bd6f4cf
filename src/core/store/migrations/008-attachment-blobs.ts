import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Uploaded files (`POST /attachments`, `POST /accounts/{id}/files`): their bytes live in the blob store under
 * `blob_key`, and the row's `content` stays empty (inbound email attachments keep theirs in `content`, with no key).
 * An upload belongs to the message that first uses its URL, or to an account; deleting or redacting the message
 * deletes it, found through `attachments_message`.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  await db.schema.alterTable('attachments').addColumn('blob_key', text).execute();
  await db.schema.alterTable('attachments').addColumn('description', text).execute();
  // No foreign key: SQLite cannot add one to an existing table in a way it can drop again, and an account's files
  // are removed with their blobs by the code that removes the account, not by a cascade that would leave the blobs.
  await db.schema.alterTable('attachments').addColumn('account_id', text).execute();
  await db.schema
    .createIndex('attachments_message')
    .on('attachments')
    .columns(['workspace_id', 'message_id'])
    .execute();
  await db.schema
    .createIndex('attachments_account')
    .on('attachments')
    .columns(['workspace_id', 'account_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('attachments_account').execute();
  await db.schema.dropIndex('attachments_message').execute();
  for (const column of ['account_id', 'description', 'blob_key']) {
    await db.schema.alterTable('attachments').dropColumn(column).execute();
  }
}
