import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * The agent console's inbox lists a workspace's issues newest activity first (`latest_message_time`, then `id`),
 * a page at a time by keyset, in views that narrow them by state or assignee. Each view reads the index that holds
 * its rows in that order, so a page costs about its own rows whatever the size of the workspace:
 *
 * - `issues_inbox_activity`: every issue; also the views and filters that exclude few rows (open, unassigned, a
 *   team, a tag, a search).
 * - `issues_inbox_state`: one state (closed, waiting on the customer, a `state` filter). Its last column, the
 *   assignee, lets the per-view counts read this index alone, never the table.
 * - `issues_inbox_assignee`: one assignee (mine, an `assignee_id` filter).
 *
 * PostgreSQL also gets the full-text documents by the issue they belong to: a search for a common word then walks
 * the newest issues and checks each one's documents, instead of collecting every match and sorting them (SQLite's
 * FTS5 index answers a whole search at once, and its planner uses it so).
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createIndex('issues_inbox_activity')
    .on('issues')
    .columns(['workspace_id', 'latest_message_time', 'id'])
    .execute();
  await db.schema
    .createIndex('issues_inbox_state')
    .on('issues')
    .columns(['workspace_id', 'state', 'latest_message_time', 'id', 'assignee_id'])
    .execute();
  await db.schema
    .createIndex('issues_inbox_assignee')
    .on('issues')
    .columns(['workspace_id', 'assignee_id', 'latest_message_time', 'id'])
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await db.schema.createIndex('search_documents_owner').on('search_documents').column('owner_id').execute();
  }
}

export async function down(db: Kysely<any>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await db.schema.dropIndex('search_documents_owner').execute();
  }
  await db.schema.dropIndex('issues_inbox_assignee').execute();
  await db.schema.dropIndex('issues_inbox_state').execute();
  await db.schema.dropIndex('issues_inbox_activity').execute();
}
