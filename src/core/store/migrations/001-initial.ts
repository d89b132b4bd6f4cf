import { PostgresAdapter, sql, type Kysely } from 'kysely';

/** Workspaces, people, issues, messages and the records that follow them (audit log, events, idempotency). */
export async function up(db: Kysely<unknown>): Promise<void> {
  // Ids and timestamps are compared and sorted as text: on PostgreSQL use byte order whatever the database's locale.
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  await db.schema
    .createTable('workspaces')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('issue_counter', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('users')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('email', text, (c) => c.notNull())
    .addColumn('role', text, (c) => c.notNull())
    .addColumn('avatar_url', text)
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addUniqueConstraint('users_workspace_email', ['workspace_id', 'email'])
    .execute();

  await db.schema
    .createTable('api_tokens')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', text, (c) => c.notNull().unique())
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('accounts')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('domains', text, (c) => c.notNull())
    .addColumn('primary_domain', text)
    .addColumn('owner_id', text, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('tags', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('accounts_workspace_id').on('accounts').columns(['workspace_id', 'id']).execute();

  await db.schema
    .createTable('account_external_ids')
    .addColumn('workspace_id', text, (c) => c.notNull())
    .addColumn('external_id', text, (c) => c.notNull())
    .addColumn('account_id', text, (c) => c.notNull().references('accounts.id').onDelete('cascade'))
    .addColumn('label', text)
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('account_external_ids_pk', ['workspace_id', 'external_id'])
    .execute();
  await db.schema.createIndex('account_external_ids_account').on('account_external_ids').column('account_id').execute();

  await db.schema
    .createTable('contacts')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('email', text)
    .addColumn('email_key', text)
    .addColumn('account_id', text, (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('avatar_url', text)
    .addColumn('phone_numbers', text, (c) => c.notNull())
    .addColumn('primary_phone_number', text)
    .addColumn('portal_role', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addUniqueConstraint('contacts_workspace_email', ['workspace_id', 'email_key'])
    .execute();
  await db.schema.createIndex('contacts_workspace_id').on('contacts').columns(['workspace_id', 'id']).execute();

  await db.schema
    .createTable('issues')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('number', 'integer', (c) => c.notNull())
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('body_html', text, (c) => c.notNull())
    .addColumn('state', text, (c) => c.notNull())
    .addColumn('source', text, (c) => c.notNull())
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('account_id', text, (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('requester_id', text, (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('assignee_id', text, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('team_id', text)
    .addColumn('tags', text, (c) => c.notNull())
    .addColumn('attachment_urls', text, (c) => c.notNull())
    .addColumn('customer_portal_visible', 'integer', (c) => c.notNull())
    .addColumn('author_unverified', 'integer', (c) => c.notNull())
    .addColumn('support_email', text)
    .addColumn('first_message_id', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addColumn('latest_message_time', text, (c) => c.notNull())
    .addUniqueConstraint('issues_workspace_number', ['workspace_id', 'number'])
    .execute();
  await db.schema
    .createIndex('issues_workspace_created')
    .on('issues')
    .columns(['workspace_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('threads')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull())
    .addColumn('issue_id', text, (c) => c.notNull().references('issues.id').onDelete('cascade'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('source', text, (c) => c.notNull())
    .addColumn('channel_id', text)
    .addColumn('external_thread_id', text)
    .addColumn('is_default', 'integer')
    .addColumn('created_at', text, (c) => c.notNull())
    .addUniqueConstraint('threads_one_default_per_issue', ['issue_id', 'is_default'])
    .execute();

  await db.schema
    .createTable('messages')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull())
    .addColumn('issue_id', text, (c) => c.notNull().references('issues.id').onDelete('cascade'))
    .addColumn('thread_id', text, (c) => c.references('threads.id').onDelete('cascade'))
    .addColumn('is_private', 'integer', (c) => c.notNull())
    .addColumn('source', text, (c) => c.notNull())
    .addColumn('body_html', text, (c) => c.notNull())
    .addColumn('file_urls', text, (c) => c.notNull())
    .addColumn('author_user_id', text, (c) => c.references('users.id'))
    .addColumn('author_contact_id', text, (c) => c.references('contacts.id'))
    .addColumn('email_info', text)
    .addColumn('external_id', text)
    .addColumn('external_metadata', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('redacted_at', text)
    .addUniqueConstraint('messages_issue_external_id', ['issue_id', 'external_id'])
    .execute();
  await db.schema
    .createIndex('messages_issue_order')
    .on('messages')
    .columns(['issue_id', 'created_at', 'id'])
    .execute();

  await db.schema
    .createTable('audit_logs')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('action', text, (c) => c.notNull())
    .addColumn('actor_user_id', text)
    .addColumn('object_type', text, (c) => c.notNull())
    .addColumn('object_id', text, (c) => c.notNull())
    .addColumn('attributes', text, (c) => c.notNull())
    .addColumn('happened_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('audit_logs_workspace_id').on('audit_logs').columns(['workspace_id', 'id']).execute();

  await db.schema
    .createTable('events')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('subject_id', text, (c) => c.notNull())
    .addColumn('payload', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('events_workspace_id').on('events').columns(['workspace_id', 'id']).execute();
  await db.schema.createIndex('events_subject').on('events').column('subject_id').execute();

  await db.schema
    .createTable('idempotency_keys')
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('key', text, (c) => c.notNull())
    .addColumn('fingerprint', text, (c) => c.notNull())
    .addColumn('status_code', 'integer', (c) => c.notNull())
    .addColumn('response', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('idempotency_keys_pk', ['workspace_id', 'key'])
    .execute();
  await db.schema.createIndex('idempotency_keys_created').on('idempotency_keys').column('created_at').execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'idempotency_keys',
    'events',
    'audit_logs',
    'messages',
    'threads',
    'issues',
    'contacts',
    'account_external_ids',
    'accounts',
    'api_tokens',
    'users',
    'workspaces',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
