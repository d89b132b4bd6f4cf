import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The issue lifecycle: when an issue was resolved (closed) and until when it is snoozed, who follows it, and the
 * issues of other trackers (Jira, Linear, GitHub...) linked to it. Issues already closed count as resolved at their
 * last update, the best time known.
 */
export async function up(db: Kysely<any>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  await db.schema.alterTable('issues').addColumn('resolved_at', text).execute();
  await db.schema.alterTable('issues').addColumn('snoozed_until', text).execute();
  await db
    .updateTable('issues')
    .set({ resolved_at: sql`updated_at` })
    .where('state', '=', 'closed')
    .execute();
  // The wake-up job looks for snoozed issues that are due; only a few issues are snoozed at any time.
  await db.schema
    .createIndex('issues_snoozed_until')
    .on('issues')
    .column('snoozed_until')
    .where('snoozed_until', 'is not', null)
    .execute();

  await db.schema
    .createTable('issue_followers')
    .addColumn('workspace_id', text, (c) => c.notNull())
    .addColumn('issue_id', text, (c) => c.notNull().references('issues.id').onDelete('cascade'))
    .addColumn('follower_type', text, (c) => c.notNull())
    .addColumn('follower_id', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('issue_followers_pk', ['issue_id', 'follower_type', 'follower_id'])
    .execute();
  await db.schema
    .createIndex('issue_followers_follower')
    .on('issue_followers')
    .columns(['workspace_id', 'follower_type', 'follower_id'])
    .execute();

  await db.schema
    .createTable('issue_external_issues')
    .addColumn('workspace_id', text, (c) => c.notNull())
    .addColumn('issue_id', text, (c) => c.notNull().references('issues.id').onDelete('cascade'))
    .addColumn('source', text, (c) => c.notNull())
    .addColumn('external_id', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('issue_external_issues_pk', ['issue_id', 'source', 'external_id'])
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('issue_external_issues').execute();
  await db.schema.dropTable('issue_followers').execute();
  await db.schema.dropIndex('issues_snoozed_until').execute();
  await db.schema.alterTable('issues').dropColumn('snoozed_until').execute();
  await db.schema.alterTable('issues').dropColumn('resolved_at').execute();
}
