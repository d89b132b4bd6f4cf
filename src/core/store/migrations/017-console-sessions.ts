import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The agent console's sign-in: a password per user (scrypt, in its own table so the users table and its JSON stay
 * as they are), sessions (only the SHA-256 of their secret is kept), one-time links that set a password (an invite,
 * or a set-password link), and failed sign-ins, counted in the database so the limit holds across instances.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const text = db.getExecutor().adapter instanceof PostgresAdapter ? sql`text collate "C"` : 'text';
  await db.schema
    .createTable('user_passwords')
    .addColumn('user_id', text, (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('password_hash', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('console_sessions')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('token_hash', text, (c) => c.notNull().unique())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('csrf_token', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('expires_at', text, (c) => c.notNull())
    .addColumn('last_seen_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('console_sessions_user').on('console_sessions').column('user_id').execute();

  await db.schema
    .createTable('password_links')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('token_hash', text, (c) => c.notNull().unique())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('purpose', text, (c) => c.notNull())
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('expires_at', text, (c) => c.notNull())
    .addColumn('used_at', text)
    .execute();
  await db.schema.createIndex('password_links_user').on('password_links').column('user_id').execute();

  await db.schema
    .createTable('sign_in_failures')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('email', text, (c) => c.notNull())
    .addColumn('remote_address', text, (c) => c.notNull())
    .addColumn('failed_at', text, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('sign_in_failures_email')
    .on('sign_in_failures')
    .columns(['email', 'failed_at'])
    .execute();
  await db.schema
    .createIndex('sign_in_failures_address')
    .on('sign_in_failures')
    .columns(['remote_address', 'failed_at'])
    .execute();
  await db.schema.createIndex('sign_in_failures_time').on('sign_in_failures').column('failed_at').execute();
  // Signing in finds a user by email across workspaces, ignoring case.
  await db.schema
    .createIndex('users_email_folded')
    .on('users')
    .expression(sql`lower(email)`)
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('users_email_folded').execute();
  await db.schema.dropTable('sign_in_failures').execute();
  await db.schema.dropTable('password_links').execute();
  await db.schema.dropTable('console_sessions').execute();
  await db.schema.dropTable('user_passwords').execute();
}
