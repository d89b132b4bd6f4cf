import type { Selectable } from 'kysely';
import type { Db } from '../../core/store/database.js';
import type { WebhookDeliveriesTable } from './webhook.table.js';
import { dialectOf } from '../../core/store/dialect.js';
import type { Page } from '../../core/store/keyset.js';

export interface WebhookDelivery {
  id: string;
  workspaceId: string;
  endpointId: string;
  eventId: string;
  status: 'pending' | 'succeeded' | 'failed';
  attemptCount: number;
  nextAttemptAt: string | null;
  lastStatusCode: number | null;
  lastError: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface WebhookAttempt {
  id: string;
  deliveryId: string;
  attemptedAt: string;
  statusCode: number | null;
  error: string | null;
  durationMs: number;
}

type Row = Selectable<WebhookDeliveriesTable>;

const toDelivery = (row: Row): WebhookDelivery => ({
  id: row.id,
  workspaceId: row.workspace_id,
  endpointId: row.endpoint_id,
  eventId: row.event_id,
  status: row.status as WebhookDelivery['status'],
  attemptCount: Number(row.attempt_count),
  nextAttemptAt: row.next_attempt_at,
  lastStatusCode: row.last_status_code === null ? null : Number(row.last_status_code),
  lastError: row.last_error,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

export async function insertWebhookDeliveries(db: Db, deliveries: WebhookDelivery[]): Promise<void> {
  if (deliveries.length === 0) return;
  await db
    .insertInto('webhook_deliveries')
    .values(
      deliveries.map((d) => ({
        id: d.id,
        workspace_id: d.workspaceId,
        endpoint_id: d.endpointId,
        event_id: d.eventId,
        status: d.status,
        attempt_count: d.attemptCount,
        next_attempt_at: d.nextAttemptAt,
        lease_until: null,
        last_status_code: d.lastStatusCode,
        last_error: d.lastError,
        created_at: d.createdAt,
        updated_at: d.updatedAt,
      })),
    )
    .execute();
}

/**
 * Claims up to `limit` due deliveries of active endpoints by leasing them until `leaseUntil`. On PostgreSQL, rows
 * another instance is claiming are skipped (FOR UPDATE SKIP LOCKED), so each delivery has one sender at a time; a
 * sender that dies leaves a lease that expires, and the delivery is sent again (at least once).
 */
export async function claimDueWebhookDeliveries(
  db: Db,
  now: string,
  leaseUntil: string,
  limit: number,
): Promise<WebhookDelivery[]> {
  const query = db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
    .select('d.id')
    .where('d.status', '=', 'pending')
    .where('d.next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('d.lease_until', 'is', null), eb('d.lease_until', '<=', now)]))
    .where('e.status', '=', 'active')
    .orderBy('d.next_attempt_at')
    .limit(limit);
  const ids = (await dialectOf(db).lockClaimedRows(query, 'd').execute()).map((r) => r.id);
  if (ids.length === 0) return [];
  await db.updateTable('webhook_deliveries').set({ lease_until: leaseUntil }).where('id', 'in', ids).execute();
  return (await db.selectFrom('webhook_deliveries').selectAll().where('id', 'in', ids).execute()).map(toDelivery);
}

export async function recordWebhookAttempt(
  db: Db,
  attempt: WebhookAttempt,
  outcome: { status: WebhookDelivery['status']; nextAttemptAt: string | null; attemptCount: number },
): Promise<void> {
  await db
    .insertInto('webhook_attempts')
    .values({
      id: attempt.id,
      delivery_id: attempt.deliveryId,
      attempted_at: attempt.attemptedAt,
      status_code: attempt.statusCode,
      error: attempt.error,
      duration_ms: attempt.durationMs,
    })
    .execute();
  await db
    .updateTable('webhook_deliveries')
    .set({
      status: outcome.status,
      attempt_count: outcome.attemptCount,
      next_attempt_at: outcome.nextAttemptAt,
      lease_until: null,
      last_status_code: attempt.statusCode,
      last_error: attempt.error,
      updated_at: attempt.attemptedAt,
    })
    .where('id', '=', attempt.deliveryId)
    .execute();
}

export async function findWebhookDelivery(
  db: Db,
  workspaceId: string,
  endpointId: string,
  id: string,
): Promise<WebhookDelivery | undefined> {
  const row = await db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('endpoint_id', '=', endpointId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toDelivery(row);
}

export async function listWebhookDeliveries(
  db: Db,
  workspaceId: string,
  endpointId: string,
  page: Page,
): Promise<WebhookDelivery[]> {
  let query = db
    .selectFrom('webhook_deliveries')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('endpoint_id', '=', endpointId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  return (
    await query
      .orderBy('id')
      .limit(page.limit + 1)
      .execute()
  ).map(toDelivery);
}

export async function listWebhookAttempts(db: Db, deliveryIds: string[]): Promise<WebhookAttempt[]> {
  if (deliveryIds.length === 0) return [];
  const rows = await db
    .selectFrom('webhook_attempts')
    .selectAll()
    .where('delivery_id', 'in', deliveryIds)
    .orderBy('id')
    .execute();
  return rows.map((r) => ({
    id: r.id,
    deliveryId: r.delivery_id,
    attemptedAt: r.attempted_at,
    statusCode: r.status_code === null ? null : Number(r.status_code),
    error: r.error,
    durationMs: Number(r.duration_ms),
  }));
}
