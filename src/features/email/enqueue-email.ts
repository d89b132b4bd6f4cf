import { nowIso } from '../../core/clock.js';
import type { Db } from '../../core/store/database.js';
import { insertEmailJob } from './email-outbox.repository.js';
import type { Message } from '../messages/message.repository.js';
import type { Deps } from '../../core/deps.js';
import { newId } from '../../core/ids.js';

/**
 * Queues a customer-facing email message for sending, in the caller's transaction: the API never waits on SMTP,
 * and failures are retried by the delivery worker. Nothing is queued when no SMTP server is configured.
 */
export async function enqueueEmail(db: Db, deps: Deps, message: Message): Promise<void> {
  // Only what an agent writes is sent: a customer's message is a record of mail that already arrived.
  if (!deps.emailEnabled || message.isPrivate || message.authorUserId === null || !message.emailInfo?.messageId) return;
  const { toEmails, ccEmails, bccEmails } = message.emailInfo;
  if (toEmails.length + ccEmails.length + bccEmails.length === 0) return;
  await insertEmailJob(db, {
    id: newId(),
    workspaceId: message.workspaceId,
    messageId: message.id,
    status: 'pending',
    attemptCount: 0,
    nextAttemptAt: message.createdAt > nowIso() ? message.createdAt : nowIso(),
    lastError: null,
    createdAt: nowIso(),
  });
}
