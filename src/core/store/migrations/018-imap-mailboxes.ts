import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * A team's existing mailbox read over IMAP, one per support address, and the messages taken from it: a row per
 * (mailbox, UIDVALIDITY, UID), written in the transaction that files the message, so none is filed twice. The
 * support address also gets the display name outgoing mail carries in its From header.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  await db.schema.alterTable('workspaces').addColumn('support_display_name', text).execute();
  await db.schema
    .createTable('imap_mailboxes')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('address', text, (c) => c.notNull().unique())
    .addColumn('host', text, (c) => c.notNull())
    .addColumn('port', 'integer', (c) => c.notNull())
    .addColumn('tls', 'integer', (c) => c.notNull())
    .addColumn('username', text, (c) => c.notNull())
    .addColumn('password', text, (c) => c.notNull())
    .addColumn('folder', text, (c) => c.notNull())
    .addColumn('enabled', 'integer', (c) => c.notNull())
    .addColumn('uid_validity', text)
    // UIDs are unsigned 32-bit numbers: past PostgreSQL's integer.
    .addColumn('last_uid', 'bigint', (c) => c.notNull())
    .addColumn('last_polled_at', text)
    .addColumn('last_error', text)
    .addColumn('last_error_at', text)
    .addColumn('lease_owner', text)
    .addColumn('lease_until', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('imap_mailboxes_workspace_id').on('imap_mailboxes').column('workspace_id').execute();
  await db.schema
    .createTable('imap_received')
    .addColumn('mailbox_id', text, (c) => c.notNull().references('imap_mailboxes.id').onDelete('cascade'))
    .addColumn('uid_validity', text, (c) => c.notNull())
    .addColumn('uid', 'bigint', (c) => c.notNull())
    .addColumn('email_message_id', text)
    /** filed, or skipped (with the reason in error). */
    .addColumn('outcome', text, (c) => c.notNull())
    .addColumn('error', text)
    .addColumn('received_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('imap_received_pk', ['mailbox_id', 'uid_validity', 'uid'])
    .execute();
  await db.schema
    .createIndex('imap_received_message_id')
    .on('imap_received')
    .columns(['mailbox_id', 'email_message_id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('imap_received').execute();
  await db.schema.dropTable('imap_mailboxes').execute();
  await db.schema.alterTable('workspaces').dropColumn('support_display_name').execute();
}
