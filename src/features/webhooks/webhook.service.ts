import { randomBytes } from 'node:crypto';
import type { Db } from '../../core/store/database.js';
import { findEventById, type StoredEvent } from '../events/event.repository.js';
import {
  findWebhookDelivery,
  insertWebhookDeliveries,
  listWebhookAttempts,
  listWebhookDeliveries,
  type WebhookDelivery,
} from './webhook-delivery.repository.js';
import {
  deleteWebhookEndpoint,
  findWebhookEndpoint,
  insertWebhookEndpoint,
  listAllWebhookEndpoints,
  listWebhookEndpoints,
  saveWebhookEndpoint,
  type WebhookEndpoint,
} from './webhook-endpoint.repository.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { EVENT_TYPES } from '../events/event-catalog.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { nowIso, nowMs } from '../../core/clock.js';
import type { DeliveryConfig } from '../../config.js';
import { hostOf, refusalOfHost } from '../../core/net/public-address.js';

/** A signing secret in the Standard Webhooks form: `whsec_` and 32 random bytes in base64. */
export const generateWebhookSecret = (): string => `whsec_${randomBytes(32).toString('base64')}`;

export function webhookEndpointJson(endpoint: WebhookEndpoint, secret?: string) {
  return {
    id: endpoint.id,
    url: endpoint.url,
    description: endpoint.description ?? undefined,
    event_types: endpoint.eventTypes,
    status: endpoint.status,
    paused_reason: endpoint.pausedReason ?? undefined,
    failing_since: endpoint.failingSince ?? undefined,
    created_at: endpoint.createdAt,
    updated_at: endpoint.updatedAt,
    ...(secret ? { secret } : {}),
  };
}

/**
 * The URL an endpoint may have: absolute http(s), no credentials (they would be stored and shown in plain text), and a
 * public host unless the installation allows private networks (see public-address.ts). Messages never repeat the
 * URL, which may hold credentials.
 */
async function validateUrl(url: string, policy: WebhookUrlPolicy): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw invalid('url must be an absolute http(s) URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw invalid('url must be an absolute http(s) URL');
  if (url.length > 2048) throw invalid('url must be at most 2048 characters');
  if (parsed.username || parsed.password) throw invalid('url must not contain credentials');
  const refusal = policy.allowPrivateNetworks ? undefined : await refusalOfHost(hostOf(parsed));
  if (refusal) throw invalid(`url ${refusal}`);
  return url;
}

function validateEventTypes(types: string[] | undefined): string[] {
  const list = [...new Set(types ?? [])];
  for (const type of list)
    if (!EVENT_TYPES.includes(type))
      throw invalid(`event_types: unknown type "${type.slice(0, 50)}"; known: ${EVENT_TYPES.join(', ')}`);
  return list;
}

/** Whether receivers on private networks are allowed (`DeliveryConfig.allowPrivateNetworks`). */
export type WebhookUrlPolicy = Pick<DeliveryConfig, 'allowPrivateNetworks'>;

export async function createWebhookEndpoint(
  db: Db,
  workspaceId: string,
  input: { url: string; event_types?: string[]; description?: string },
  policy: WebhookUrlPolicy,
) {
  const now = nowIso();
  const secret = generateWebhookSecret();
  const endpoint: WebhookEndpoint = {
    id: newId(),
    workspaceId,
    url: await validateUrl(input.url, policy),
    description: input.description ?? null,
    eventTypes: validateEventTypes(input.event_types),
    secret,
    previousSecret: null,
    previousSecretExpiresAt: null,
    status: 'active',
    pausedReason: null,
    failingSince: null,
    createdAt: now,
    updatedAt: now,
  };
  await insertWebhookEndpoint(db, endpoint);
  return webhookEndpointJson(endpoint, secret);
}

async function requireEndpoint(db: Db, actor: Actor, id: string): Promise<WebhookEndpoint> {
  const endpoint = await findWebhookEndpoint(db, actor.workspaceId, id);
  if (!endpoint) throw notFound('Webhook endpoint');
  return endpoint;
}

export const getWebhookEndpoint = async (deps: Deps, actor: Actor, id: string) =>
  webhookEndpointJson(await requireEndpoint(deps.store.db, actor, id));

export const listWebhookEndpointsPage = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `webhooks:${actor.workspaceId}`,
    query,
    (page) => listWebhookEndpoints(deps.store.db, actor.workspaceId, page),
    (rows) => rows.map((e) => webhookEndpointJson(e)),
  );

export async function removeWebhookEndpoint(deps: Deps, actor: Actor, id: string): Promise<void> {
  if (!(await deleteWebhookEndpoint(deps.store.db, actor.workspaceId, id))) throw notFound('Webhook endpoint');
}

/** A new secret; the previous one keeps signing (a second signature) for the overlap period. */
export async function rotateWebhookSecret(deps: Deps, actor: Actor, id: string) {
  const endpoint = await requireEndpoint(deps.store.db, actor, id);
  const secret = generateWebhookSecret();
  const now = nowMs();
  const rotated: WebhookEndpoint = {
    ...endpoint,
    secret,
    previousSecret: endpoint.secret,
    previousSecretExpiresAt: new Date(now + deps.delivery.secretOverlapMs).toISOString(),
    updatedAt: new Date(now).toISOString(),
  };
  await saveWebhookEndpoint(deps.store.db, rotated);
  return webhookEndpointJson(rotated, secret);
}

/** A paused endpoint receives again: its pending deliveries go out. */
export async function resumeWebhookEndpoint(deps: Deps, actor: Actor, id: string) {
  const endpoint = await requireEndpoint(deps.store.db, actor, id);
  const resumed: WebhookEndpoint = {
    ...endpoint,
    status: 'active',
    pausedReason: null,
    failingSince: null,
    updatedAt: nowIso(),
  };
  await saveWebhookEndpoint(deps.store.db, resumed);
  deps.notifyDelivery();
  return webhookEndpointJson(resumed);
}

async function deliveryJson(db: Db, deliveries: WebhookDelivery[]) {
  const attempts = await listWebhookAttempts(
    db,
    deliveries.map((d) => d.id),
  );
  const events = new Map<string, StoredEvent | undefined>();
  for (const d of deliveries) if (!events.has(d.eventId)) events.set(d.eventId, await findEventById(db, d.eventId));
  return deliveries.map((d) => ({
    id: d.id,
    event_id: d.eventId,
    event_type: events.get(d.eventId)?.type,
    status: d.status,
    attempt_count: d.attemptCount,
    next_attempt_at: d.status === 'pending' ? (d.nextAttemptAt ?? undefined) : undefined,
    last_status_code: d.lastStatusCode ?? undefined,
    last_error: d.lastError ?? undefined,
    created_at: d.createdAt,
    attempts: attempts
      .filter((a) => a.deliveryId === d.id)
      .map((a) => ({
        attempted_at: a.attemptedAt,
        status_code: a.statusCode ?? undefined,
        error: a.error ?? undefined,
        duration_ms: a.durationMs,
      })),
  }));
}

export async function listDeliveries(
  deps: Deps,
  actor: Actor,
  endpointId: string,
  query: { cursor?: string; limit?: number },
) {
  await requireEndpoint(deps.store.db, actor, endpointId);
  // One snapshot: an attempt recorded between reading the deliveries and their attempts would show a delivery
  // still pending with an attempt that already decided it.
  return deps.store.db
    .transaction()
    .setIsolationLevel('repeatable read')
    .execute((trx) =>
      pageById(
        `deliveries:${endpointId}`,
        query,
        (page) => listWebhookDeliveries(trx, actor.workspaceId, endpointId, page),
        (rows) => deliveryJson(trx, rows),
      ),
    );
}

/** Sends a delivery's event again, as a new delivery (the old one keeps its history). */
export async function replayDelivery(deps: Deps, actor: Actor, endpointId: string, deliveryId: string) {
  const db = deps.store.db;
  await requireEndpoint(db, actor, endpointId);
  const original = await findWebhookDelivery(db, actor.workspaceId, endpointId, deliveryId);
  if (!original) throw notFound('Delivery');
  const now = nowIso();
  const replay: WebhookDelivery = {
    ...original,
    id: newId(),
    status: 'pending',
    attemptCount: 0,
    nextAttemptAt: now,
    lastStatusCode: null,
    lastError: null,
    createdAt: now,
    updatedAt: now,
  };
  await insertWebhookDeliveries(db, [replay]);
  deps.notifyDelivery();
  return (await deliveryJson(db, [replay]))[0]!;
}

/** Fans an event out to the workspace's endpoints that want it, in the event's own transaction. */
export async function enqueueWebhookDeliveries(
  db: Db,
  event: { id: string; workspaceId: string; type: string; createdAt: string },
): Promise<void> {
  const endpoints = (await listAllWebhookEndpoints(db, event.workspaceId)).filter(
    (e) => e.eventTypes.length === 0 || e.eventTypes.includes(event.type),
  );
  await insertWebhookDeliveries(
    db,
    endpoints.map((e) => ({
      id: newId(),
      workspaceId: event.workspaceId,
      endpointId: e.id,
      eventId: event.id,
      status: 'pending',
      attemptCount: 0,
      nextAttemptAt: event.createdAt,
      lastStatusCode: null,
      lastError: null,
      createdAt: event.createdAt,
      updatedAt: event.createdAt,
    })),
  );
}
