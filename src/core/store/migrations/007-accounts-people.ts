import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * What accounts, contacts and users gain beyond creation: an account's state, logo and channels; a contact's other
 * emails and external ids; a user's availability (beside the status that deactivation sets); relationships between
 * accounts, the activity type catalog with the activities logged on accounts, and account highlights.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');
  const account = (c: ColumnDefinitionBuilder) => c.notNull().references('accounts.id').onDelete('cascade');

  await db.schema
    .alterTable('accounts')
    .addColumn('is_disabled', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema.alterTable('accounts').addColumn('logo_url', text).execute();
  await db.schema
    .alterTable('accounts')
    .addColumn('channels', text, (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('contacts')
    .addColumn('other_emails', text, (c) => c.notNull().defaultTo('[]'))
    .execute();
  await db.schema
    .alterTable('users')
    .addColumn('availability', text, (c) => c.notNull().defaultTo('active'))
    .execute();

  await db.schema
    .createTable('contact_external_ids')
    .addColumn('workspace_id', text, workspace)
    .addColumn('external_id', text, (c) => c.notNull())
    .addColumn('contact_id', text, (c) => c.notNull().references('contacts.id').onDelete('cascade'))
    .addColumn('label', text)
    .addColumn('position', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('contact_external_ids_pk', ['workspace_id', 'external_id'])
    .execute();
  await db.schema.createIndex('contact_external_ids_contact').on('contact_external_ids').column('contact_id').execute();

  await db.schema
    .createTable('account_relationships')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('child_account_id', text, account)
    .addColumn('parent_account_id', text, account)
    .addColumn('relationship_type', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addUniqueConstraint('account_relationships_pair', ['child_account_id', 'parent_account_id', 'relationship_type'])
    .execute();
  await db.schema
    .createIndex('account_relationships_parent')
    .on('account_relationships')
    .column('parent_account_id')
    .execute();

  await db.schema
    .createTable('activity_types')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('slug', text, (c) => c.notNull())
    .addColumn('label', text, (c) => c.notNull())
    .addColumn('icon_url', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addUniqueConstraint('activity_types_workspace_slug', ['workspace_id', 'slug'])
    .execute();

  await db.schema
    .createTable('account_activities')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('account_id', text, account)
    .addColumn('activity_type_id', text, (c) => c.notNull().references('activity_types.id').onDelete('cascade'))
    .addColumn('body_html', text)
    .addColumn('link', text)
    .addColumn('link_text', text)
    .addColumn('user_id', text, (c) => c.references('users.id').onDelete('set null'))
    .addColumn('contact_id', text, (c) => c.references('contacts.id').onDelete('set null'))
    .addColumn('happened_at', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('account_activities_account')
    .on('account_activities')
    .columns(['account_id', 'happened_at'])
    .execute();

  await db.schema
    .createTable('account_highlights')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('account_id', text, account)
    .addColumn('content_html', text, (c) => c.notNull())
    .addColumn('expires_at', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('account_highlights_account')
    .on('account_highlights')
    .columns(['account_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of [
    'account_highlights',
    'account_activities',
    'activity_types',
    'account_relationships',
    'contact_external_ids',
  ]) {
    await db.schema.dropTable(table).execute();
  }
  await db.schema.alterTable('users').dropColumn('availability').execute();
  await db.schema.alterTable('contacts').dropColumn('other_emails').execute();
  for (const column of ['channels', 'logo_url', 'is_disabled']) {
    await db.schema.alterTable('accounts').dropColumn(column).execute();
  }
}
