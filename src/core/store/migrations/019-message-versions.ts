import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * Versions for conditional requests on message pages. A page of an issue's messages changes when one of its
 * messages is written, rewritten or deleted (`issues.messages_version`), or when an author's name, email or avatar
 * changes (`workspaces.people_version`); both move in the same transaction as the change, so an ETag built from the
 * two is right on every instance sharing the database. Triggers move them on rewrites and deletions, whatever code
 * path made them. A new message on an existing issue always moves the issue's latest-message time, in the same
 * statement as its version (`recordIssueActivity`): one update of the issue row per message, not two (on PostgreSQL
 * every update of that row leaves a row version behind, and notes on a busy issue pile them up).
 *
 * The index a page is read through also names the workspace, the other condition of that query: with both
 * equalities leading, PostgreSQL walks it in page order even before ANALYZE has run, instead of collecting and
 * sorting the whole issue.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('messages_issue_order').execute();
  await db.schema
    .createIndex('messages_issue_order')
    .on('messages')
    .columns(['issue_id', 'workspace_id', 'created_at', 'id'])
    .execute();
  await db.schema
    .alterTable('issues')
    .addColumn('messages_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  await db.schema
    .alterTable('workspaces')
    .addColumn('people_version', 'integer', (c) => c.notNull().defaultTo(0))
    .execute();
  if (db.getExecutor().adapter instanceof PostgresAdapter) return upPostgres(db);

  const bumpIssue = (row: 'new' | 'old') =>
    sql.raw(`UPDATE issues SET messages_version = messages_version + 1 WHERE id = ${row}.issue_id;`);
  await sql`CREATE TRIGGER messages_version_update AFTER UPDATE ON messages BEGIN
    ${bumpIssue('new')}
    UPDATE issues SET messages_version = messages_version + 1 WHERE id = old.issue_id AND old.issue_id <> new.issue_id;
  END`.execute(db);
  await sql`CREATE TRIGGER messages_version_delete AFTER DELETE ON messages BEGIN ${bumpIssue('old')} END`.execute(db);
  for (const table of ['users', 'contacts']) {
    const bumpPeople = (row: 'new' | 'old') =>
      sql.raw(`UPDATE workspaces SET people_version = people_version + 1 WHERE id = ${row}.workspace_id;`);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_people_version_update`)}
      AFTER UPDATE OF name, email, avatar_url ON ${sql.raw(table)} BEGIN ${bumpPeople('new')} END`.execute(db);
    await sql`CREATE TRIGGER ${sql.raw(`${table}_people_version_delete`)}
      AFTER DELETE ON ${sql.raw(table)} BEGIN ${bumpPeople('old')} END`.execute(db);
  }
}

async function upPostgres(db: Kysely<unknown>): Promise<void> {
  await sql`CREATE FUNCTION helpline_messages_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE issues SET messages_version = messages_version + 1 WHERE id = OLD.issue_id;
      IF TG_OP = 'UPDATE' AND NEW.issue_id <> OLD.issue_id THEN
        UPDATE issues SET messages_version = messages_version + 1 WHERE id = NEW.issue_id;
      END IF;
      RETURN NULL;
    END $$`.execute(db);
  await sql`CREATE TRIGGER messages_version AFTER UPDATE OR DELETE ON messages
    FOR EACH ROW EXECUTE FUNCTION helpline_messages_version()`.execute(db);
  await sql`CREATE FUNCTION helpline_people_version() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE workspaces SET people_version = people_version + 1 WHERE id = OLD.workspace_id;
      RETURN NULL;
    END $$`.execute(db);
  for (const table of ['users', 'contacts']) {
    await sql`CREATE TRIGGER ${sql.raw(`${table}_people_version`)}
      AFTER UPDATE OF name, email, avatar_url OR DELETE ON ${sql.raw(table)}
      FOR EACH ROW EXECUTE FUNCTION helpline_people_version()`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`DROP TRIGGER messages_version ON messages`.execute(db);
    await sql`DROP TRIGGER users_people_version ON users`.execute(db);
    await sql`DROP TRIGGER contacts_people_version ON contacts`.execute(db);
    await sql`DROP FUNCTION helpline_messages_version()`.execute(db);
    await sql`DROP FUNCTION helpline_people_version()`.execute(db);
  } else {
    for (const name of ['messages_version_update', 'messages_version_delete'])
      await sql`DROP TRIGGER ${sql.raw(name)}`.execute(db);
    for (const table of ['users', 'contacts'])
      for (const what of ['update', 'delete'])
        await sql`DROP TRIGGER ${sql.raw(`${table}_people_version_${what}`)}`.execute(db);
  }
  await db.schema.dropIndex('messages_issue_order').execute();
  await db.schema
    .createIndex('messages_issue_order')
    .on('messages')
    .columns(['issue_id', 'created_at', 'id'])
    .execute();
  await db.schema.alterTable('issues').dropColumn('messages_version').execute();
  await db.schema.alterTable('workspaces').dropColumn('people_version').execute();
}
