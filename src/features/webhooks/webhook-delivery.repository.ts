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

/** Live leases per endpoint: deliveries being sent right now, by this instance or another. */
async function countLeasesByEndpoint(db: Db, now: string): Promise<Map<string, number>> {
  const rows = await db
    .selectFrom('webhook_deliveries')
    .select((eb) => ['endpoint_id', eb.fn.countAll<number | string | bigint>().as('leases')])
    .where('status', '=', 'pending')
    .where('lease_until', '>', now)
    .groupBy('endpoint_id')
    .execute();
  return new Map(rows.map((r) => [r.endpoint_id, Number(r.leases)]));
}

export interface ClaimWindow {
  /** Due at or before this time (ISO 8601). */
  now: string;
  leaseUntil: string;
  limit: number;
  /** Leases one endpoint may hold at once: an endpoint at this many is skipped until one of its sends ends. */
  perEndpoint: number;
}

/**
 * Claims up to `limit` due deliveries of active endpoints by leasing them until `leaseUntil`, at most `perEndpoint`
 * live leases per endpoint, so one slow receiver cannot take every sending slot. On PostgreSQL, rows another instance
 * is claiming are skipped (FOR UPDATE SKIP LOCKED), so each delivery has one sender at a time; a sender that dies
 * leaves a lease that expires, and the delivery is sent again (at least once). Two instances claiming at the same
 * moment may each fill an endpoint up to the cap: it bounds an endpoint's share, it is not a lock.
 */
export async function claimDueWebhookDeliveries(db: Db, window: ClaimWindow): Promise<WebhookDelivery[]> {
  const { now, leaseUntil, limit, perEndpoint } = window;
  const leases = await countLeasesByEndpoint(db, now);
  const full = [...leases].filter(([, n]) => n >= perEndpoint).map(([id]) => id);
  let query = db
    .selectFrom('webhook_deliveries as d')
    .innerJoin('webhook_endpoints as e', 'e.id', 'd.endpoint_id')
    .select(['d.id', 'd.endpoint_id'])
    .where('d.status', '=', 'pending')
    .where('d.next_attempt_at', '<=', now)
    .where((eb) => eb.or([eb('d.lease_until', 'is', null), eb('d.lease_until', '<=', now)]))
    .where('e.status', '=', 'active')
    .orderBy('d.next_attempt_at')
    .limit(limit);
  if (full.length > 0) query = query.where('d.endpoint_id', 'not in', full);
  const candidates = await dialectOf(db).lockClaimedRows(query, 'd').execute();
  // Candidates beyond an endpoint's room stay unleased (their row locks end with the transaction): the next claim,
  // once the endpoint is full, looks past them to other endpoints.
  const ids: string[] = [];
  for (const { id, endpoint_id: endpointId } of candidates) {
    const held = leases.get(endpointId) ?? 0;
    if (held >= perEndpoint) continue;
    leases.set(endpointId, held + 1);
    ids.push(id);
  }
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
