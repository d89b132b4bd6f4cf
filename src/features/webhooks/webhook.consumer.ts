import { nowIso, nowMs } from '../../core/clock.js';
import type { FastifyBaseLogger } from 'fastify';
import type { DeliveryConfig } from '../../config.js';
import { newId } from '../../core/ids.js';
import { nextAttemptAt } from '../../core/outbox/backoff.js';
import type { OutboxConsumer } from '../../core/outbox/consumer.js';
import type { Store } from '../../core/store/database.js';
import { findEventById, type StoredEvent } from '../events/event.repository.js';
import { endpointHealthAfter } from './endpoint-health.js';
import { signWebhook } from './signature.js';
import {
  claimDueWebhookDeliveries,
  recordWebhookAttempt,
  type WebhookDelivery,
} from './webhook-delivery.repository.js';
import { findWebhookEndpoint, saveWebhookEndpoint, type WebhookEndpoint } from './webhook-endpoint.repository.js';
import { createWebhookSender, isRetryable } from './webhook-sender.js';

export interface WebhookConsumerOptions {
  store: Store;
  config: DeliveryConfig;
  log: FastifyBaseLogger;
}

/**
 * Deliveries in flight at once. Most of a send is waiting on a receiver, and each endpoint holds at most
 * `perEndpointConcurrency` of these, so receivers that never answer leave the others room to be served.
 */
const SLOTS = 100;

/** The event as posted: the payload is read now, not when the event happened, so content redacted since is not sent. */
function signedRequest(event: StoredEvent, endpoint: WebhookEndpoint) {
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
  return { headers, body };
}

/** The webhook outbox: posts each event, signed, to an endpoint that subscribed to it. */
export function createWebhookConsumer({ store, config, log }: WebhookConsumerOptions): OutboxConsumer<WebhookDelivery> {
  const send = createWebhookSender(config);
  const perEndpoint = config.perEndpointConcurrency;
  return {
    name: 'webhooks',
    concurrency: SLOTS,
    claim: (now, leaseUntil, limit) =>
      store.db.transaction().execute((trx) => claimDueWebhookDeliveries(trx, { now, leaseUntil, limit, perEndpoint })),
    async deliver(delivery) {
      const [event, endpoint] = await Promise.all([
        findEventById(store.db, delivery.eventId),
        findWebhookEndpoint(store.db, delivery.workspaceId, delivery.endpointId),
      ]);
      if (!event || !endpoint) return;
      const { headers, body } = signedRequest(event, endpoint);
      const attemptedAt = nowIso();
      const result = await send(endpoint.url, headers, body);
      const attempts = delivery.attemptCount + 1;
      const succeeded = result.error === null;
      const retryable = !succeeded && isRetryable(result);
      const retryAt = retryable ? nextAttemptAt(delivery.createdAt, attempts, config) : undefined;
      const status = succeeded ? 'succeeded' : retryAt ? 'pending' : 'failed';
      const health = endpointHealthAfter(endpoint, { attemptedAt, error: result.error }, config);
      const { statusCode, error, durationMs } = result;
      const attempt = { id: newId(), deliveryId: delivery.id, attemptedAt, statusCode, error, durationMs };
      // One transaction: a crash must not record the attempt yet lose what it says about the endpoint.
      await store.db.transaction().execute(async (trx) => {
        await recordWebhookAttempt(trx, attempt, { status, nextAttemptAt: retryAt ?? null, attemptCount: attempts });
        if (health) await saveWebhookEndpoint(trx, { ...endpoint, ...health, updatedAt: attemptedAt });
      });
      if (!succeeded) {
        const fields = { endpoint: endpoint.id, delivery: delivery.id, attempts, error: result.error, status };
        log.info(fields, 'webhook delivery failed');
      }
    },
  };
}
