import type { Db } from '../../core/store/database.js';
import { finishLeasedWork, leaseDueWork } from '../../core/outbox/lease.js';
import type { NotificationKind } from './notification-settings.repository.js';
import type { NotificationEmailRow } from './notification.table.js';

/** One email to write: who gets it, about what. */
export interface NotificationEmail {
  id: string;
  workspaceId: string;
  eventId: string;
  userId: string;
  kind: NotificationKind;
  issueId: string;
  messageId: string;
  createdAt: string;
}

/** Queues the email, once per event and user: a second fan-out of the same event adds nothing. */
export async function insertNotificationEmail(db: Db, email: NotificationEmail): Promise<void> {
  await db
    .insertInto('notification_emails')
    .values({
      id: email.id,
      workspace_id: email.workspaceId,
      event_id: email.eventId,
      user_id: email.userId,
      kind: email.kind,
      issue_id: email.issueId,
      message_id: email.messageId,
      status: 'pending',
      attempt_count: 0,
      next_attempt_at: email.createdAt,
      lease_until: null,
      last_error: null,
      created_at: email.createdAt,
      updated_at: email.createdAt,
    })
    .onConflict((oc) => oc.columns(['event_id', 'user_id']).doNothing())
    .execute();
}

/** Leases due emails (FOR UPDATE SKIP LOCKED on PostgreSQL), as the email outbox does. */
export async function claimDueNotificationEmails(
  db: Db,
  now: string,
  leaseUntil: string,
  limit: number,
): Promise<NotificationEmailRow[]> {
  const ids = await leaseDueWork(db, 'notification_emails', now, leaseUntil, limit);
  if (ids.length === 0) return [];
  return db.selectFrom('notification_emails').selectAll().where('id', 'in', ids).execute();
}

export async function finishNotificationEmail(
  db: Db,
  id: string,
  outcome: {
    status: 'pending' | 'sent' | 'failed' | 'cancelled';
    attemptCount: number;
    nextAttemptAt: string | null;
    lastError: string | null;
    now: string;
  },
): Promise<void> {
  await finishLeasedWork(db, 'notification_emails', id, outcome);
}
