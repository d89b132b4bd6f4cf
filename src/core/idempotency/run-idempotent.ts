import type { Transaction } from 'kysely';
import { isUniqueViolation, type Db } from '../store/database.js';
import type { Database } from '../store/database.js';
import {
  deleteIdempotencyKey,
  deleteIdempotencyKeysBefore,
  findIdempotencyKey,
  insertIdempotencyKey,
} from './idempotency-key.repository.js';
import type { Actor } from '../actor.js';
import type { Deps } from '../deps.js';
import { invalid } from '../errors.js';
import { nowIso, nowMs } from '../clock.js';

/** How long a stored response is replayed for a retried request. */
export const IDEMPOTENCY_RETENTION_MS = 24 * 60 * 60 * 1000;

export interface IdempotencyRequest {
  key: string;
  /** Identifies the request (method, path and body); a retry must match it. */
  fingerprint: string;
}

const KEY = /^[\x21-\x7e]{1,255}$/;

/** The response stored for this key, if still retained; an expired one is removed so the key can be used again. */
async function storedResponse<T>(db: Db, actor: Actor, request: IdempotencyRequest): Promise<T | undefined> {
  const stored = await findIdempotencyKey(db, actor.workspaceId, request.key);
  if (!stored) return undefined;
  if (Date.parse(stored.createdAt) < nowMs() - IDEMPOTENCY_RETENTION_MS) {
    await deleteIdempotencyKey(db, actor.workspaceId, request.key);
    return undefined;
  }
  if (stored.fingerprint !== request.fingerprint) {
    throw invalid('This Idempotency-Key was already used with a different request');
  }
  return stored.response as T;
}

/**
 * Runs a write in a transaction. With an Idempotency-Key, the first result is stored in that same transaction and a
 * retry with the same key and request gets it back instead of writing again; the same key with another request is
 * refused. Concurrent retries are serialized by the key's primary key: the loser replays the winner's result.
 */
export async function runIdempotent<T>(
  deps: Deps,
  actor: Actor,
  request: IdempotencyRequest | undefined,
  work: (trx: Transaction<Database>) => Promise<T>,
): Promise<{ value: T; replayed: boolean }> {
  const db = deps.store.db;
  if (!request) return { value: await db.transaction().execute(work), replayed: false };
  if (!KEY.test(request.key)) throw invalid('Idempotency-Key must be 1 to 255 visible ASCII characters');
  try {
    return await db.transaction().execute(async (trx) => {
      const earlier = await storedResponse<T>(trx, actor, request);
      if (earlier !== undefined) return { value: earlier, replayed: true };
      const value = await work(trx);
      await insertIdempotencyKey(trx, actor.workspaceId, request.key, {
        fingerprint: request.fingerprint,
        statusCode: 200,
        response: value,
        createdAt: nowIso(),
      });
      return { value, replayed: false };
    });
  } catch (error) {
    if (!isUniqueViolation(error)) throw error;
    const earlier = await storedResponse<T>(db, actor, request);
    if (earlier === undefined) throw error;
    return { value: earlier, replayed: true };
  }
}

/** Forgets stored responses past their retention; returns how many went. */
export async function expireIdempotencyKeys(deps: Deps): Promise<number> {
  return deleteIdempotencyKeysBefore(deps.store.db, new Date(nowMs() - IDEMPOTENCY_RETENTION_MS).toISOString());
}
