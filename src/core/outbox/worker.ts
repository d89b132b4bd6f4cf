import type { FastifyBaseLogger } from 'fastify';
import type { DeliveryConfig } from '../../config.js';
import { newId } from '../ids.js';
import type { Store } from '../store/database.js';
import { claimDueEmailJobs, finishEmailAttempt, type EmailJob } from '../../features/email/email-outbox.repository.js';
import { findEventById } from '../../features/events/event.repository.js';
import { findIssueByIdOrNumber } from '../../features/issues/issue.repository.js';
import { findMessageInWorkspace, listEmailMessageIds } from '../../features/messages/message.repository.js';
import { claimDueWebhookDeliveries, recordWebhookAttempt, type WebhookDelivery } from '../../features/webhooks/webhook-delivery.repository.js';
import { findWebhookEndpoint, saveWebhookEndpoint } from '../../features/webhooks/webhook-endpoint.repository.js';
import { nextAttemptAt } from './backoff.js';
import { composeEmail } from '../../features/email/compose.js';
import type { Mailer } from '../../features/email/mailer.js';
import { signWebhook } from '../../features/webhooks/signature.js';
import { isRetryable, postWebhook } from '../../features/webhooks/webhook-sender.js';

const BATCH = 20;

export interface WorkerOptions {
  store: Store;
  config: DeliveryConfig;
  mailer: Mailer | undefined;
  defaultFrom: string;
  log: FastifyBaseLogger;
}

/**
 * Drains the outboxes: webhook deliveries and outgoing email. Work is claimed with a lease, so with several
 * instances each item has one sender at a time, and an item whose sender died is taken up again once its lease
 * runs out (at least once). Polls every `pollMs`; `poke()` asks for a run now.
 */
export class DeliveryWorker {
  private timer: NodeJS.Timeout | undefined;
  private pending: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = false;

  constructor(private readonly options: WorkerOptions) {}

  start(): void {
    this.timer = setInterval(() => this.run(), this.options.config.pollMs);
    this.timer.unref();
    this.run();
  }

  /**
   * Asks for a run soon. Wake-ups are coalesced (one run per few milliseconds at most): under a burst of writes the
   * worker claims their work in batches instead of running once per request.
   */
  poke(): void {
    if (this.stopped || this.pending) return;
    this.pending = setTimeout(() => {
      this.pending = undefined;
      this.run();
    }, 5);
    this.pending.unref();
  }

  private run(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((error: unknown) => this.options.log.warn({ err: error }, 'delivery run failed'))
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          this.run();
        }
      });
  }

  async stop(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    clearTimeout(this.pending);
    await this.running;
  }

  private async drain(): Promise<void> {
    for (;;) {
      const { db } = this.options.store;
      const now = new Date();
      const leaseUntil = new Date(now.getTime() + this.options.config.leaseMs).toISOString();
      const deliveries = await db.transaction().execute((trx) => claimDueWebhookDeliveries(trx, now.toISOString(), leaseUntil, BATCH));
      const emails = this.options.mailer ? await db.transaction().execute((trx) => claimDueEmailJobs(trx, now.toISOString(), leaseUntil, BATCH)) : [];
      if (deliveries.length === 0 && emails.length === 0) return;
      await Promise.all([...deliveries.map((d) => this.deliverWebhook(d)), ...emails.map((e) => this.sendEmail(e))]);
      if (this.stopped) return;
    }
  }

  private async deliverWebhook(delivery: WebhookDelivery): Promise<void> {
    const { store, config } = this.options;
    const [event, endpoint] = await Promise.all([findEventById(store.db, delivery.eventId), findWebhookEndpoint(store.db, delivery.workspaceId, delivery.endpointId)]);
    if (!event || !endpoint) return;
    // The payload is read now, not when the event happened: content redacted since is not sent.
    const body = JSON.stringify({ id: event.id, type: event.type, timestamp: event.createdAt, data: event.payload });
    const timestamp = Math.floor(Date.now() / 1000);
    const secrets = [endpoint.secret];
    if (endpoint.previousSecret && endpoint.previousSecretExpiresAt && Date.parse(endpoint.previousSecretExpiresAt) > Date.now()) secrets.push(endpoint.previousSecret);
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Helpline-Webhooks/1',
      'webhook-id': event.id,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': signWebhook(secrets, event.id, timestamp, body),
    };
    const attemptedAt = new Date().toISOString();
    const result = await postWebhook(endpoint.url, headers, body, config.timeoutMs);
    const attempts = delivery.attemptCount + 1;
    const succeeded = result.error === null;
    const retryAt = succeeded || !isRetryable(result) ? undefined : nextAttemptAt(delivery.createdAt, attempts, config);
    const status = succeeded ? 'succeeded' : retryAt ? 'pending' : 'failed';

    const nowMs = Date.now();
    const failingSince = succeeded ? null : (endpoint.failingSince ?? attemptedAt);
    const pause = !succeeded && nowMs - Date.parse(failingSince!) >= config.pauseAfterMs;
    await store.db.transaction().execute(async (trx) => {
      await recordWebhookAttempt(trx, { id: newId(), deliveryId: delivery.id, attemptedAt, ...result }, { status, nextAttemptAt: retryAt ?? null, attemptCount: attempts });
      if (failingSince !== endpoint.failingSince || (pause && endpoint.status !== 'paused')) {
        await saveWebhookEndpoint(trx, {
          ...endpoint,
          failingSince,
          status: pause ? 'paused' : endpoint.status,
          pausedReason: pause ? `Paused: every delivery failed since ${failingSince} (last: ${result.error})` : endpoint.pausedReason,
          updatedAt: attemptedAt,
        });
      }
    });
    if (!succeeded) this.options.log.info({ endpoint: endpoint.id, delivery: delivery.id, attempts, error: result.error, status }, 'webhook delivery failed');
  }

  private async sendEmail(job: EmailJob): Promise<void> {
    const { store, config, mailer } = this.options;
    const now = () => new Date().toISOString();
    const message = await findMessageInWorkspace(store.db, job.workspaceId, job.messageId);
    const issue = message && (await findIssueByIdOrNumber(store.db, job.workspaceId, message.issueId));
    if (!message || !issue || message.redactedAt !== null || !message.emailInfo?.messageId) {
      await finishEmailAttempt(store.db, job.id, { status: 'cancelled', attemptCount: job.attemptCount, nextAttemptAt: null, lastError: 'The message is gone or redacted', now: now() });
      return;
    }
    const earlier = (await listEmailMessageIds(store.db, job.workspaceId, issue.id)).filter((m) => m.id !== message.id && m.emailMessageId !== message.emailInfo!.messageId);
    const mail = composeEmail(issue, message, earlier.map((m) => m.emailMessageId), this.options.defaultFrom);
    const attempts = job.attemptCount + 1;
    try {
      await mailer!.send(mail);
      await finishEmailAttempt(store.db, job.id, { status: 'sent', attemptCount: attempts, nextAttemptAt: null, lastError: null, now: now() });
    } catch (error) {
      const retryAt = nextAttemptAt(job.createdAt, attempts, config);
      const lastError = String((error as Error).message).slice(0, 300);
      await finishEmailAttempt(store.db, job.id, { status: retryAt ? 'pending' : 'failed', attemptCount: attempts, nextAttemptAt: retryAt ?? null, lastError, now: now() });
      this.options.log.warn({ job: job.id, attempts, error: lastError }, 'email not sent');
    }
  }
}
