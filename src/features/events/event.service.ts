import type { Db } from '../../core/store/database.js';
import { insertEvent, listEvents } from './event.repository.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { nowIso } from '../../core/clock.js';
import type { EventPayloads, EventType } from './event-catalog.js';
import { enqueueWebhookDeliveries } from '../webhooks/webhook.service.js';

/**
 * Records an event in the caller's transaction, with a delivery for every webhook endpoint that wants it, so the
 * change and the event announcing it commit together (transactional outbox). `subjectId` names the message,
 * thread or issue it is about.
 */
export async function recordEvent<K extends EventType>(
  db: Db,
  event: { workspaceId: string; type: K; subjectId: string; payload: EventPayloads[K] },
): Promise<void> {
  const stored = { id: newId(), createdAt: nowIso(), ...event };
  await insertEvent(db, stored);
  await enqueueWebhookDeliveries(db, stored);
}

/** `GET /events`: the workspace's events in order, for a system that missed webhooks to catch up. */
export const listEventFeed = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `events:${actor.workspaceId}`,
    query,
    (page) => listEvents(deps.store.db, actor.workspaceId, page),
    (rows) => rows.map((e) => ({ id: e.id, type: e.type, created_at: e.createdAt, data: e.payload })),
  );
