import { PostgresAdapter, sql, type Kysely } from 'kysely';

/**
 * The console's notifications and unread issues.
 *
 * - `notification_settings`: each user's two email switches (a missing row: both on).
 * - `notification_events`: the events a notification may follow (a new issue, a customer's message), written by a
 *   trigger on `events` in the transaction that records the event, whatever code path records it; the notifications
 *   outbox fans each out once (features/notifications). The trigger only preselects; the rules are in TypeScript.
 * - `notification_emails`: one email per recipient per event (unique), sent and retried by its own outbox.
 * - `issue_reads`: when a user last read an issue.
 *
 * Two partial indexes serve the unread count: open issues by assignee (closed ones, most of a mature workspace, are
 * left out of the index), and customers' messages by issue and time (the latest one is one index step).
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  const postgres = db.getExecutor().adapter instanceof PostgresAdapter;
  const text = postgres ? sql`text collate "C"` : 'text';
  await db.schema
    .createTable('notification_settings')
    .addColumn('user_id', text, (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('email_new_unassigned', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('email_customer_reply', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', text, (c) => c.notNull())
    .execute();

  await db.schema
    .createTable('notification_events')
    .addColumn('event_id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('type', text, (c) => c.notNull())
    .addColumn('subject_id', text, (c) => c.notNull())
    .addColumn('attempt_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', text, (c) => c.notNull())
    .addColumn('lease_until', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('notification_events_due').on('notification_events').column('next_attempt_at').execute();

  await db.schema
    .createTable('notification_emails')
    .addColumn('id', text, (c) => c.primaryKey())
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('event_id', text, (c) => c.notNull())
    .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('kind', text, (c) => c.notNull())
    .addColumn('issue_id', text, (c) => c.notNull().references('issues.id').onDelete('cascade'))
    .addColumn('message_id', text, (c) => c.notNull())
    .addColumn('status', text, (c) => c.notNull())
    .addColumn('attempt_count', 'integer', (c) => c.notNull())
    .addColumn('next_attempt_at', text)
    .addColumn('lease_until', text)
    .addColumn('last_error', text)
    .addColumn('created_at', text, (c) => c.notNull())
    .addColumn('updated_at', text, (c) => c.notNull())
    .addUniqueConstraint('notification_emails_once', ['event_id', 'user_id'])
    .execute();
  await db.schema
    .createIndex('notification_emails_due')
    .on('notification_emails')
    .columns(['status', 'next_attempt_at'])
    .execute();
  // Deleting an issue deletes its pending notifications: found by issue, not by a scan.
  await db.schema.createIndex('notification_emails_issue').on('notification_emails').column('issue_id').execute();

  await db.schema
    .createTable('issue_reads')
    .addColumn('workspace_id', text, (c) => c.notNull().references('workspaces.id').onDelete('cascade'))
    .addColumn('user_id', text, (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('issue_id', text, (c) => c.notNull().references('issues.id').onDelete('cascade'))
    .addColumn('read_at', text, (c) => c.notNull())
    .addPrimaryKeyConstraint('issue_reads_pk', ['user_id', 'issue_id'])
    .execute();
  await db.schema.createIndex('issue_reads_issue').on('issue_reads').column('issue_id').execute();

  // The literals must be written as the unread query writes them, or the planner cannot use the partial index. Every
  // column the query reads is in the index (state and the message's author included): SQLite, which keeps no
  // statistics here, prefers a covering index, and would otherwise read issues through one that holds closed ones.
  await sql`CREATE INDEX issues_open_by_assignee ON issues (workspace_id, assignee_id, state, id)
    WHERE state <> 'closed'`.execute(db);
  await sql`CREATE INDEX messages_customer_latest ON messages (issue_id, created_at, author_user_id, is_private)
    WHERE author_user_id IS NULL AND is_private = 0`.execute(db);

  const row = sql.raw(`(event_id, workspace_id, type, subject_id, attempt_count, next_attempt_at, lease_until,
      created_at) VALUES (NEW.id, NEW.workspace_id, NEW.type, NEW.subject_id, 0, NEW.created_at, NULL,
      NEW.created_at);`);
  // A customer's message: customer-visible and written by no user (as the notifications outbox checks again).
  const customerMessage = sql.raw(`EXISTS (SELECT 1 FROM messages WHERE id = NEW.subject_id
      AND author_user_id IS NULL AND is_private = 0)`);
  if (postgres) {
    await sql`CREATE FUNCTION helpline_notification_event() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.type = 'message.created' AND NOT ${customerMessage} THEN
          RETURN NULL;
        END IF;
        INSERT INTO notification_events ${row}
        RETURN NULL;
      END $$`.execute(db);
    await sql`CREATE TRIGGER events_notification AFTER INSERT ON events FOR EACH ROW
      WHEN (NEW.type IN ('issue.created', 'message.created'))
      EXECUTE FUNCTION helpline_notification_event()`.execute(db);
  } else {
    await sql`CREATE TRIGGER events_notification AFTER INSERT ON events
      WHEN NEW.type = 'issue.created' OR (NEW.type = 'message.created' AND ${customerMessage})
      BEGIN INSERT INTO notification_events ${row} END`.execute(db);
  }
}

export async function down(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`DROP TRIGGER events_notification ON events`.execute(db);
    await sql`DROP FUNCTION helpline_notification_event()`.execute(db);
  } else {
    await sql`DROP TRIGGER events_notification`.execute(db);
  }
  await db.schema.dropIndex('messages_customer_latest').execute();
  await db.schema.dropIndex('issues_open_by_assignee').execute();
  for (const table of ['issue_reads', 'notification_emails', 'notification_events', 'notification_settings']) {
    await db.schema.dropTable(table).execute();
  }
}
