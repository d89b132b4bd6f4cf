import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Snapshots of a workspace taken by the test controls (TEST_CONTROLS=true): every row of the workspace, compressed
 * JSON, so an integration test suite can put the workspace back as it was after each test. They go with their
 * workspace.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const text = postgres ? sql`text collate "C"` : 'text';
  const bytes = postgres ? sql`bytea` : 'blob';

  await db.schema
    .createTable('test_snapshots')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('row_count', 'integer', (c) => c.notNull())
    .addColumn('content', bytes, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('test_snapshots_workspace')
    .on('test_snapshots')
    .columns(['workspace_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('test_snapshots').execute();
}
