import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Imported issues: what an import brings beyond an issue's own columns (the ticket ids of the help desk it came
 * from, the time it was first answered there). The ticket ids are unique per workspace, so importing the same
 * ticket twice finds the first import instead of creating a second issue.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  await db.schema
    .createTable('imported_issues')
    .addColumn('issue_id', text, (c) => c.primaryKey().references('issues.id').onDelete('cascade'))
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('zendesk_ticket_id', text)
    .addColumn('intercom_conversation_id', text)
    .addColumn('first_response_time', text)
    .addColumn('imported_at', text, (c) => c.notNull())
    .execute();
  // Unique indexes let any number of rows leave a ticket id empty (NULLs are distinct on both databases).
  await db.schema
    .createIndex('imported_issues_zendesk')
    .on('imported_issues')
    .columns(['workspace_id', 'zendesk_ticket_id'])
    .unique()
    .execute();
  await db.schema
    .createIndex('imported_issues_intercom')
    .on('imported_issues')
    .columns(['workspace_id', 'intercom_conversation_id'])
    .unique()
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('imported_issues').execute();
}
