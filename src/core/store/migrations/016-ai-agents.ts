import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The AI agents a workspace creates besides its built-in `default` agent (which is not stored): a name and the
 * instructions its drafts follow.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  await db.schema
    .createTable('ai_agents')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('name', text, (c) => c.notNull())
    .addColumn('instructions', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('ai_agents_workspace_id').on('ai_agents').columns(['workspace_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropTable('ai_agents').execute();
}
