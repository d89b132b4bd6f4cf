import { PostgresAdapter, sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';

/**
 * Training data for the AI (named containers of documents whose bytes live in the blob store) and call recordings
 * imported from recorders, optionally linked to the issue the call was about.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  const workspace = (c: ColumnDefinitionBuilder) => c.notNull().references('workspaces.id').onDelete('cascade');

  await db.schema
    .createTable('training_data')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('visibility', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addUniqueConstraint('training_data_name', ['workspace_id', 'name'])
    .execute();

  await db.schema
    .createTable('training_data_documents')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('training_data_id', text, (c) => c.notNull().references('training_data.id').onDelete('cascade'))
    .addColumn('external_id', text)
    .addColumn('file_name', text, (c) => c.notNull())
    .addColumn('file_type', text, (c) => c.notNull())
    .addColumn('file_size', 'integer', (c) => c.notNull())
    .addColumn('blob_key', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    // Several documents without an external id are fine: NULLs never collide in a unique constraint.
    .addUniqueConstraint('training_data_documents_external', ['training_data_id', 'external_id'])
    .execute();
  await db.schema
    .createIndex('training_data_documents_container')
    .on('training_data_documents')
    .columns(['training_data_id', 'id'])
    .execute();

  await db.schema
    .createTable('call_recordings')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, workspace)
    .addColumn('issue_id', text, (c) => c.references('issues.id').onDelete('set null'))
    .addColumn('account_id', text, (c) => c.references('accounts.id').onDelete('set null'))
    .addColumn('title', text, (c) => c.notNull())
    .addColumn('source', text, (c) => c.notNull())
    .addColumn('external_id', text)
    .addColumn('url', text)
    .addColumn('start_time', text)
    .addColumn('end_time', text)
    .addColumn('duration_ms', 'integer')
    .addColumn('participant_emails', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('summary', text)
    .addColumn('transcript', text, (c) => c.notNull().defaultTo('[]'))
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addUniqueConstraint('call_recordings_external', ['workspace_id', 'source', 'external_id'])
    .execute();
  await db.schema.createIndex('call_recordings_issue').on('call_recordings').columns(['issue_id']).execute();
  await db.schema.createIndex('call_recordings_account').on('call_recordings').columns(['account_id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('call_recordings').execute();
  await db.schema.dropTable('training_data_documents').execute();
  await db.schema.dropTable('training_data').execute();
}
