import type { Db } from '../../core/store/database.js';
import { dialectOf } from '../../core/store/dialect.js';
import type { NotificationEventRow } from './notification.table.js';

/** Leases due events to fan out (FOR UPDATE SKIP LOCKED on PostgreSQL), as the other outboxes claim. */
export async function claimDueNotificationEvents(
  db: Db,
  now: string,
  leaseUntil: string,
  limit: number,
): Promise<NotificationEventRow[]> {
  const query = db
    .selectFrom('notification_events')
    .select('event_id')
    .where('next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<=', now)]))
    .orderBy('next_attempt_at')
    .limit(limit);
  const ids = (await dialectOf(db).lockClaimedRows(query).execute()).map((r) => r.event_id);
  if (ids.length === 0) return [];
  await db.updateTable('notification_events').set({ lease_until: leaseUntil }).where('event_id', 'in', ids).execute();
  return db.selectFrom('notification_events').selectAll().where('event_id', 'in', ids).execute();
}

/**
 * Takes the event off the queue in the fan-out's transaction; false when another instance already fanned it out
 * (on PostgreSQL a second taker waits for the first to commit, then finds nothing).
 */
export async function takeNotificationEvent(db: Db, eventId: string): Promise<boolean> {
  const result = await db.deleteFrom('notification_events').where('event_id', '=', eventId).executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** A fan-out that failed: due again at `nextAttemptAt`. */
export async function postponeNotificationEvent(
  db: Db,
  eventId: string,
  attemptCount: number,
  nextAttemptAt: string,
): Promise<void> {
  await db
    .updateTable('notification_events')
    .set({ attempt_count: attemptCount, next_attempt_at: nextAttemptAt, lease_until: null })
    .where('event_id', '=', eventId)
    .execute();
}
