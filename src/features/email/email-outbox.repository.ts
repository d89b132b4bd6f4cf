import type { Selectable } from 'kysely';
import type { Db } from '../../core/store/database.js';
import type { EmailOutboxTable } from './email-outbox.table.js';
import { finishLeasedWork, leaseDueWork } from '../../core/outbox/lease.js';

export interface EmailJob {
  id: string;
  workspaceId: string;
  messageId: string;
  status: 'pending' | 'sent' | 'failed' | 'cancelled';
  attemptCount: number;
  nextAttemptAt: string | null;
  lastError: string | null;
  createdAt: string;
}

const toEmailJob = (r: Selectable<EmailOutboxTable>): EmailJob => ({
  id: r.id,
  workspaceId: r.workspace_id,
  messageId: r.message_id,
  status: r.status as EmailJob['status'],
  attemptCount: Number(r.attempt_count),
  nextAttemptAt: r.next_attempt_at,
  lastError: r.last_error,
  createdAt: r.created_at,
});

export async function insertEmailJob(db: Db, job: EmailJob): Promise<void> {
  await db
    .insertInto('email_outbox')
    .values({
      id: job.id,
      workspace_id: job.workspaceId,
      message_id: job.messageId,
      status: job.status,
      attempt_count: job.attemptCount,
      next_attempt_at: job.nextAttemptAt,
      lease_until: null,
      last_error: null,
      created_at: job.createdAt,
      updated_at: job.createdAt,
    })
    .execute();
}

/** Claims due email jobs by leasing them (FOR UPDATE SKIP LOCKED on PostgreSQL), like webhook deliveries. */
export async function claimDueEmailJobs(db: Db, now: string, leaseUntil: string, limit: number): Promise<EmailJob[]> {
  const ids = await leaseDueWork(db, 'email_outbox', now, leaseUntil, limit);
  if (ids.length === 0) return [];
  const rows = await db.selectFrom('email_outbox').selectAll().where('id', 'in', ids).execute();
  return rows.map(toEmailJob);
}

export async function finishEmailAttempt(
  db: Db,
  id: string,
  outcome: {
    status: EmailJob['status'];
    attemptCount: number;
    nextAttemptAt: string | null;
    lastError: string | null;
    now: string;
  },
): Promise<void> {
  await finishLeasedWork(db, 'email_outbox', id, outcome);
}

export async function findEmailJobsByMessage(db: Db, workspaceId: string, messageId: string): Promise<EmailJob[]> {
  const rows = await db
    .selectFrom('email_outbox')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .execute();
  return rows.map(toEmailJob);
}

/** A pending email of a message that was redacted or deleted is not sent. */
export async function cancelPendingEmailJobs(
  db: Db,
  workspaceId: string,
  messageId: string,
  now: string,
): Promise<void> {
  await db
    .updateTable('email_outbox')
    .set({
      status: 'cancelled',
      lease_until: null,
      updated_at: now,
      last_error: 'The message was redacted or deleted before it was sent',
    })
    .where('workspace_id', '=', workspaceId)
    .where('message_id', '=', messageId)
    .where('status', '=', 'pending')
    .execute();
}
