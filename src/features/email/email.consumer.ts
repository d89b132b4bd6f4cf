import { nowIso } from '../../core/clock.js';
import type { FastifyBaseLogger } from 'fastify';
import type { DeliveryConfig } from '../../config.js';
import { nextAttemptAt } from '../../core/outbox/backoff.js';
import type { OutboxConsumer } from '../../core/outbox/consumer.js';
import type { Store } from '../../core/store/database.js';
import { findIssueByIdOrNumber } from '../issues/issue.repository.js';
import { findMessageInWorkspace, listEmailMessageIds } from '../messages/message.repository.js';
import { composeEmail } from './compose.js';
import { findWorkspaceById } from '../workspaces/workspace.repository.js';
import { claimDueEmailJobs, finishEmailAttempt, type EmailJob } from './email-outbox.repository.js';
import type { Mailer } from '../../core/mail/mailer.js';

export interface EmailConsumerOptions {
  store: Store;
  /** Retry timing (`retryBaseMs`, `retryWindowMs`), shared with webhooks. */
  config: DeliveryConfig;
  mailer: Mailer;
  /** From address of an issue without a support address of its own. */
  defaultFrom: string;
  log: FastifyBaseLogger;
}

/** The email outbox: sends replies on email issues, threaded under the conversation's earlier messages. */
export function createEmailConsumer(options: EmailConsumerOptions): OutboxConsumer<EmailJob> {
  const { store, config, mailer, defaultFrom, log } = options;
  const now = () => nowIso();
  return {
    name: 'email',
    claim: (at, leaseUntil, limit) =>
      store.db.transaction().execute((trx) => claimDueEmailJobs(trx, at, leaseUntil, limit)),
    async deliver(job) {
      const message = await findMessageInWorkspace(store.db, job.workspaceId, job.messageId);
      const issue = message && (await findIssueByIdOrNumber(store.db, job.workspaceId, message.issueId));
      const messageId = message?.emailInfo?.messageId;
      if (!message || !issue || message.redactedAt !== null || !messageId) {
        await finishEmailAttempt(store.db, job.id, {
          status: 'cancelled',
          attemptCount: job.attemptCount,
          nextAttemptAt: null,
          lastError: 'The message is gone or redacted',
          now: now(),
        });
        return;
      }
      // Earlier messages of the issue become In-Reply-To and References, so mail clients thread the reply; a row
      // carrying this message's own Message-ID is not its ancestor.
      const earlier = (await listEmailMessageIds(store.db, job.workspaceId, issue.id))
        .filter((m) => m.id !== message.id && m.emailMessageId !== messageId)
        .map((m) => m.emailMessageId);
      const workspace = await findWorkspaceById(store.db, job.workspaceId);
      const support = workspace?.support_email
        ? { address: workspace.support_email, displayName: workspace.support_display_name }
        : undefined;
      const mail = composeEmail(issue, message, earlier, defaultFrom, support);
      const attempts = job.attemptCount + 1;
      try {
        await mailer.send(mail);
        await finishEmailAttempt(store.db, job.id, {
          status: 'sent',
          attemptCount: attempts,
          nextAttemptAt: null,
          lastError: null,
          now: now(),
        });
      } catch (error) {
        const retryAt = nextAttemptAt(job.createdAt, attempts, config);
        const lastError = String((error as Error).message).slice(0, 300);
        await finishEmailAttempt(store.db, job.id, {
          status: retryAt ? 'pending' : 'failed',
          attemptCount: attempts,
          nextAttemptAt: retryAt ?? null,
          lastError,
          now: now(),
        });
        log.warn({ job: job.id, attempts, error: lastError }, 'email not sent');
      }
    },
  };
}
