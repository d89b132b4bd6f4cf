import type { FastifyBaseLogger } from 'fastify';
import type { DeliveryConfig } from '../../config.js';
import { nowIso } from '../../core/clock.js';
import { newId } from '../../core/ids.js';
import { nextAttemptAt } from '../../core/outbox/backoff.js';
import type { OutboxConsumer } from '../../core/outbox/consumer.js';
import type { Store } from '../../core/store/database.js';
import { insertNotificationEmail } from './notification-email.repository.js';
import {
  claimDueNotificationEvents,
  postponeNotificationEvent,
  takeNotificationEvent,
} from './notification-event.repository.js';
import { decideNotifications } from './notification-fanout.js';
import type { NotificationEventRow } from './notification.table.js';

export interface FanOutOptions {
  store: Store;
  /** Whether notification emails are sent (a mail server is configured); if not, events are dropped unread. */
  sending: boolean;
  /** Retry timing (`retryBaseMs`, `retryWindowMs`), shared with webhooks and email. */
  config: DeliveryConfig;
  log: FastifyBaseLogger;
}

/**
 * Turns each recorded event a notification may follow into one email per recipient, exactly once: the event leaves
 * the queue in the transaction that queues its emails, and an email is unique per event and user, so a second
 * instance whose lease overlapped finds nothing left to do.
 */
export function createNotificationFanOut(options: FanOutOptions): OutboxConsumer<NotificationEventRow> {
  const { store, sending, config, log } = options;
  return {
    name: 'notification-fan-out',
    concurrency: 5,
    claim: (now, leaseUntil, limit) =>
      store.db.transaction().execute((trx) => claimDueNotificationEvents(trx, now, leaseUntil, limit)),
    async deliver(event) {
      try {
        await store.db.transaction().execute(async (trx) => {
          if (!(await takeNotificationEvent(trx, event.event_id)) || !sending) return;
          const createdAt = nowIso();
          for (const decision of await decideNotifications(trx, event)) {
            const { event_id: eventId, workspace_id: workspaceId } = event;
            await insertNotificationEmail(trx, { id: newId(), workspaceId, eventId, createdAt, ...decision });
          }
        });
      } catch (error) {
        const attempts = event.attempt_count + 1;
        const retryAt = nextAttemptAt(event.created_at, attempts, config);
        const reason = String((error as Error).message).slice(0, 300);
        log.warn({ event: event.event_id, attempts, error: reason }, 'notifications not decided');
        if (retryAt) await postponeNotificationEvent(store.db, event.event_id, attempts, retryAt);
        else await takeNotificationEvent(store.db, event.event_id);
      }
    },
  };
}
