import type { Db } from '../../core/store/database.js';
import { findDefaultThread, insertThread, listThreads, type Thread } from './thread.repository.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { recordEvent } from '../events/event.service.js';
import { newId } from '../../core/ids.js';
import { runIdempotent, type IdempotencyRequest } from '../../core/idempotency/run-idempotent.js';
import { requireIssue } from '../issues/issue.service.js';
import { threadJson } from './thread.json.js';
import { nowIso } from '../../core/clock.js';

/** Threads created through the API live only in Helpline (no chat platform): their source. */
export const THREAD_SOURCE = 'manual';
export const DEFAULT_THREAD_NAME = 'Internal notes';

/** Creates a thread and records `thread.created`; undefined when a default thread already exists. */
async function insertNewThread(
  db: Db,
  actor: Actor,
  issueId: string,
  name: string,
  isDefault: boolean,
): Promise<Thread | undefined> {
  const thread: Thread = {
    id: newId(),
    workspaceId: actor.workspaceId,
    issueId,
    name,
    source: THREAD_SOURCE,
    channelId: null,
    externalThreadId: null,
    isDefault,
    createdAt: nowIso(),
  };
  if (!(await insertThread(db, thread))) return undefined;
  await recordEvent(db, {
    workspaceId: actor.workspaceId,
    type: 'thread.created',
    subjectId: thread.id,
    payload: { thread: threadJson(thread) },
  });
  return thread;
}

/**
 * The thread a note goes to when it names none: the newest chat-synced thread, else the issue's default thread,
 * created on first use.
 */
export async function defaultThread(
  db: Db,
  actor: Actor,
  issueId: string,
  nameIfCreated: string | undefined,
): Promise<Thread> {
  const existing = await findDefaultThread(db, actor.workspaceId, issueId);
  if (existing) return existing;
  const created = await insertNewThread(db, actor, issueId, nameIfCreated || DEFAULT_THREAD_NAME, true);
  // Another note created the default thread concurrently: use that one.
  return created ?? (await findDefaultThread(db, actor.workspaceId, issueId))!;
}

export async function createIssueThread(
  deps: Deps,
  actor: Actor,
  issueIdOrNumber: string,
  input: { name?: string },
  idempotency: IdempotencyRequest | undefined,
) {
  return runIdempotent(deps, actor, idempotency, async (trx) => {
    const issue = await requireIssue(trx, actor, issueIdOrNumber);
    const thread = await insertNewThread(trx, actor, issue.id, input.name?.trim() || 'Internal thread', false);
    return threadJson(thread!);
  });
}

export async function listIssueThreads(deps: Deps, actor: Actor, issueIdOrNumber: string) {
  const issue = await requireIssue(deps.store.db, actor, issueIdOrNumber);
  const threads = await listThreads(deps.store.db, actor.workspaceId, issue.id);
  return { data: threads.map(threadJson), pagination: { cursor: '', has_next_page: false } };
}
