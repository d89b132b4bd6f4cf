import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Token lifecycle: an optional expiry, the last time a token was used, and revocation (the row stays, so a revoked
 * token is still listed and its audit trail still names it). Users already have a status ('active' or
 * 'deactivated'); authentication now reads it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  for (const column of ['expires_at', 'last_used_at', 'revoked_at']) {
    await db.schema.alterTable('api_tokens').addColumn(column, text).execute();
  }
  // Listing a workspace's tokens pages by id within the workspace.
  await db.schema.createIndex('api_tokens_workspace').on('api_tokens').columns(['workspace_id', 'id']).execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('api_tokens_workspace').execute();
  for (const column of ['revoked_at', 'last_used_at', 'expires_at']) {
    await db.schema.alterTable('api_tokens').dropColumn(column).execute();
  }
}
