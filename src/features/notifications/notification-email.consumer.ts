import type { FastifyBaseLogger } from 'fastify';
import type { DeliveryConfig } from '../../config.js';
import { nowIso } from '../../core/clock.js';
import type { Mailer, OutgoingMail } from '../../core/mail/mailer.js';
import { nextAttemptAt } from '../../core/outbox/backoff.js';
import type { OutboxConsumer } from '../../core/outbox/consumer.js';
import type { Db, Store } from '../../core/store/database.js';
import { findContactById } from '../contacts/contact.repository.js';
import { findIssueByIdOrNumber } from '../issues/issue.repository.js';
import { findMessageInWorkspace, type Message } from '../messages/message.repository.js';
import { findUserById } from '../users/user.repository.js';
import { findWorkspaceById } from '../workspaces/workspace.repository.js';
import { claimDueNotificationEmails, finishNotificationEmail } from './notification-email.repository.js';
import { composeNotificationMail } from './notification-mail.js';
import { listAgentsToNotify } from './notification-recipients.js';
import type { NotificationKind } from './notification-settings.repository.js';
import type { NotificationEmailRow } from './notification.table.js';

export interface NotificationEmailOptions {
  store: Store;
  mailer: Mailer;
  config: DeliveryConfig;
  /** The sender of a workspace without a support address (SMTP_FROM). */
  defaultFrom: string;
  publicUrl: string;
  log: FastifyBaseLogger;
}

async function authorNameOf(db: Db, message: Message): Promise<string> {
  if (message.authorUserId)
    return (await findUserById(db, message.workspaceId, message.authorUserId))?.name ?? 'An agent';
  const contact = message.authorContactId && (await findContactById(db, message.workspaceId, message.authorContactId));
  return (contact && (contact.name || contact.email)) || 'A customer';
}

/**
 * The mail for a queued notification, composed when it is sent (nothing of the message is stored with it), or why
 * it is not sent: the user was deactivated or turned this email off since, or the issue or message is gone or
 * redacted.
 */
async function prepare(db: Db, job: NotificationEmailRow, options: NotificationEmailOptions) {
  const kind = job.kind as NotificationKind;
  const [recipient] = await listAgentsToNotify(db, job.workspace_id, kind, [job.user_id]);
  if (!recipient) return 'The user is deactivated or turned this email off';
  const issue = await findIssueByIdOrNumber(db, job.workspace_id, job.issue_id);
  const message = issue && (await findMessageInWorkspace(db, job.workspace_id, job.message_id));
  if (!issue || !message || message.redactedAt !== null) return 'The issue or message is gone or redacted';
  const workspace = await findWorkspaceById(db, job.workspace_id);
  const from = workspace?.support_email
    ? { address: workspace.support_email, name: workspace.support_display_name }
    : { address: options.defaultFrom, name: null };
  return composeNotificationMail({
    id: job.id,
    kind,
    issue,
    message,
    authorName: await authorNameOf(db, message),
    to: recipient.email,
    from,
    publicUrl: options.publicUrl,
  });
}

/** The outbox of notification emails to agents, sent through the configured mail server and retried like email. */
export function createNotificationEmailConsumer(
  options: NotificationEmailOptions,
): OutboxConsumer<NotificationEmailRow> {
  const { store, mailer, config, log } = options;
  const finish = (job: NotificationEmailRow, outcome: Omit<Parameters<typeof finishNotificationEmail>[2], 'now'>) =>
    finishNotificationEmail(store.db, job.id, { ...outcome, now: nowIso() });
  return {
    name: 'notification-email',
    claim: (now, leaseUntil, limit) =>
      store.db.transaction().execute((trx) => claimDueNotificationEmails(trx, now, leaseUntil, limit)),
    async deliver(job) {
      const mail: OutgoingMail | string = await prepare(store.db, job, options);
      if (typeof mail === 'string') {
        await finish(job, {
          status: 'cancelled',
          attemptCount: job.attempt_count,
          nextAttemptAt: null,
          lastError: mail,
        });
        return;
      }
      const attempts = job.attempt_count + 1;
      try {
        await mailer.send(mail);
        await finish(job, { status: 'sent', attemptCount: attempts, nextAttemptAt: null, lastError: null });
      } catch (error) {
        const retryAt = nextAttemptAt(job.created_at, attempts, config);
        const lastError = String((error as Error).message).slice(0, 300);
        const status = retryAt ? 'pending' : 'failed';
        await finish(job, { status, attemptCount: attempts, nextAttemptAt: retryAt ?? null, lastError });
        log.warn({ notification: job.id, attempts, error: lastError }, 'notification email not sent');
      }
    },
  };
}
