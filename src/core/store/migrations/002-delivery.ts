import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** Delivery: webhook endpoints, their deliveries and attempts, outgoing email, stored attachments, inbound routing. */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const text = postgres ? sql`text collate "C"` : 'text';
  const bytes = postgres ? sql`bytea` : 'blob';

  await db.schema
    .createTable('webhook_endpoints')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('url', text, (c) => c.notNull())
    .addColumn('description', text)
    .addColumn('event_types', text, (c) => c.notNull())
    .addColumn('secret', text, (c) => c.notNull())
    .addColumn('previous_secret', text)
    .addColumn('previous_secret_expires_at', text)
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('paused_reason', text)
    .addColumn('failing_since', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_endpoints_workspace')
    .on('webhook_endpoints')
    .columns(['workspace_id', 'id'])
    .execute();

  await db.schema
    .createTable('webhook_deliveries')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull())
    .addColumn('endpoint_id', text, (c) => c.notNull().references('webhook_endpoints.id').onDelete('cascade'))
    .addColumn('event_id', text, (c) => c.notNull().references('events.id').onDelete('cascade'))
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('attempt_count', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', text)
    .addColumn('lease_until', text)
    .addColumn('last_status_code', 'integer')
    .addColumn('last_error', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_due')
    .on('webhook_deliveries')
    .columns(['status', 'next_attempt_at'])
    .execute();
  await db.schema
    .createIndex('webhook_deliveries_endpoint')
    .on('webhook_deliveries')
    .columns(['endpoint_id', 'id'])
    .execute();

  await db.schema
    .createTable('webhook_attempts')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('delivery_id', text, (c) => c.notNull().references('webhook_deliveries.id').onDelete('cascade'))
    .addColumn('attempted_at', text, (c) => c.notNull())
    .addColumn('status_code', 'integer')
    .addColumn('error', text)
    .addColumn('duration_ms', 'integer', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('webhook_attempts_delivery')
    .on('webhook_attempts')
    .columns(['delivery_id', 'id'])
    .execute();

  await db.schema
    .createTable('email_outbox')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull())
    .addColumn('message_id', text, (c) => c.notNull().references('messages.id').onDelete('cascade'))
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('attempt_count', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', text)
    .addColumn('lease_until', text)
    .addColumn('last_error', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('email_outbox_due').on('email_outbox').columns(['status', 'next_attempt_at']).execute();

  await db.schema
    .createTable('attachments')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('message_id', text, (c) => c.references('messages.id').onDelete('cascade'))
    .addColumn('filename', text, (c) => c.notNull())
    .addColumn('content_type', text, (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('content', bytes, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema.alterTable('messages').addColumn('email_message_id', text).execute();
  await db.schema
    .createIndex('messages_email_message_id')
    .on('messages')
    .columns(['workspace_id', 'email_message_id'])
    .execute();
  await db.schema.alterTable('workspaces').addColumn('support_email', text).execute();
  await db.schema.createIndex('workspaces_support_email').on('workspaces').column('support_email').unique().execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('workspaces_support_email').execute();
  await db.schema.alterTable('workspaces').dropColumn('support_email').execute();
  await db.schema.dropIndex('messages_email_message_id').execute();
  await db.schema.alterTable('messages').dropColumn('email_message_id').execute();
  for (const table of ['attachments', 'email_outbox', 'webhook_attempts', 'webhook_deliveries', 'webhook_endpoints']) {
    await db.schema.dropTable(table).execute();
  }
}
