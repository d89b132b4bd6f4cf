import type { Db } from '../store/database.js';
import { insertEvent } from '../store/repositories/events.js';
import { newId } from './ids.js';
import { nowIso } from './time.js';

export type EventType =
  | 'issue.created'
  | 'issue.updated'
  | 'issue.deleted'
  | 'message.created'
  | 'message.redacted'
  | 'message.deleted'
  | 'thread.created';

/**
 * Records an event in the caller's transaction, so the change and the event announcing it commit together
 * (transactional outbox). `subjectId` names the message, thread or issue it is about.
 */
export async function recordEvent(
  db: Db,
  event: { workspaceId: string; type: EventType; subjectId: string; payload: Record<string, unknown> },
): Promise<void> {
  await insertEvent(db, { id: newId(), createdAt: nowIso(), ...event });
}
