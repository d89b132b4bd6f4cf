import { nowIso, nowMs } from '../../core/clock.js';
import type { FastifyBaseLogger } from 'fastify';
import type { DeliveryConfig } from '../../config.js';
import { newId } from '../../core/ids.js';
import { nextAttemptAt } from '../../core/outbox/backoff.js';
import type { OutboxConsumer } from '../../core/outbox/consumer.js';
import type { Store } from '../../core/store/database.js';
import { findEventById } from '../events/event.repository.js';
import { endpointHealthAfter } from './endpoint-health.js';
import { signWebhook } from './signature.js';
import {
  claimDueWebhookDeliveries,
  recordWebhookAttempt,
  type WebhookDelivery,
} from './webhook-delivery.repository.js';
import { findWebhookEndpoint, saveWebhookEndpoint } from './webhook-endpoint.repository.js';
import { isRetryable, postWebhook } from './webhook-sender.js';

export interface WebhookConsumerOptions {
  store: Store;
  config: DeliveryConfig;
  log: FastifyBaseLogger;
}

/** The webhook outbox: posts each event, signed, to an endpoint that subscribed to it. */
export function createWebhookConsumer({ store, config, log }: WebhookConsumerOptions): OutboxConsumer<WebhookDelivery> {
  return {
    name: 'webhooks',
    claim: (now, leaseUntil, limit) =>
      store.db.transaction().execute((trx) => claimDueWebhookDeliveries(trx, now, leaseUntil, limit)),
    async deliver(delivery) {
      const [event, endpoint] = await Promise.all([
        findEventById(store.db, delivery.eventId),
        findWebhookEndpoint(store.db, delivery.workspaceId, delivery.endpointId),
      ]);
      if (!event || !endpoint) return;
      // The payload is read now, not when the event happened: content redacted since is not sent.
      const body = JSON.stringify({ id: event.id, type: event.type, timestamp: event.createdAt, data: event.payload });
      const timestamp = Math.floor(nowMs() / 1000);
      // During a rotation both secrets sign, so a receiver still on the previous one keeps verifying.
      const secrets = [endpoint.secret];
      const { previousSecret, previousSecretExpiresAt } = endpoint;
      if (previousSecret && previousSecretExpiresAt && Date.parse(previousSecretExpiresAt) > nowMs()) {
        secrets.push(previousSecret);
      }
      const headers = {
        'content-type': 'application/json',
        'user-agent': 'Helpline-Webhooks/1',
        'webhook-id': event.id,
        'webhook-timestamp': String(timestamp),
        'webhook-signature': signWebhook(secrets, event.id, timestamp, body),
      };
      const attemptedAt = nowIso();
      const result = await postWebhook(endpoint.url, headers, body, config.timeoutMs);
      const attempts = delivery.attemptCount + 1;
      const succeeded = result.error === null;
      const retryable = !succeeded && isRetryable(result);
      const retryAt = retryable ? nextAttemptAt(delivery.createdAt, attempts, config) : undefined;
      const status = succeeded ? 'succeeded' : retryAt ? 'pending' : 'failed';
      const health = endpointHealthAfter(endpoint, { attemptedAt, error: result.error }, config);
      // One transaction: a crash must not record the attempt yet lose what it says about the endpoint.
      await store.db.transaction().execute(async (trx) => {
        const outcome = { status, nextAttemptAt: retryAt ?? null, attemptCount: attempts } as const;
        await recordWebhookAttempt(trx, { id: newId(), deliveryId: delivery.id, attemptedAt, ...result }, outcome);
        if (health) await saveWebhookEndpoint(trx, { ...endpoint, ...health, updatedAt: attemptedAt });
      });
      if (!succeeded) {
        const fields = { endpoint: endpoint.id, delivery: delivery.id, attempts, error: result.error, status };
        log.info(fields, 'webhook delivery failed');
      }
    },
  };
}
