import { createHash, randomBytes } from 'node:crypto';
import type { Db, Store } from '../../core/store/database.js';
import { findApiTokenByHash, insertApiToken } from './api-token.repository.js';
import type { Actor } from '../../core/actor.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { newId } from '../../core/ids.js';
import { nowIso } from '../../core/clock.js';

/** A new secret: 256 random bits, prefixed so it is recognisable in a secret scanner. */
export const generateToken = (): string => `hl_${randomBytes(32).toString('base64url')}`;

/** Tokens are stored only as their SHA-256; the secret itself is shown once. */
export const hashToken = (token: string): string => createHash('sha256').update(token, 'utf8').digest('hex');

export interface IssuedToken {
  id: string;
  token: string;
  workspace_id: string;
  user_id: string;
  name: string;
  created_at: string;
}

/** Creates an API token for a user of the workspace; `value` fixes the secret (bootstrap automation). */
export async function issueToken(
  db: Db,
  input: { workspaceId: string; userId: string; actorUserId: string | null; name?: string; value?: string },
): Promise<IssuedToken> {
  const token = input.value ?? generateToken();
  const id = newId();
  const createdAt = nowIso();
  const name = input.name ?? 'API token';
  await insertApiToken(db, {
    id,
    workspaceId: input.workspaceId,
    userId: input.userId,
    tokenHash: hashToken(token),
    name,
    createdAt,
  });
  await recordAudit(db, {
    workspaceId: input.workspaceId,
    actorUserId: input.actorUserId,
    action: 'api_token.created',
    objectType: 'api_token',
    objectId: id,
    attributes: { user_id: input.userId, name },
  });
  return { id, token, workspace_id: input.workspaceId, user_id: input.userId, name, created_at: createdAt };
}

/**
 * Recently authenticated tokens, so a busy client costs one hash and no query per request. Entries live briefly,
 * which bounds how long a token deleted from the database keeps working on an instance.
 */
const AUTH_CACHE_MS = 10_000;
const AUTH_CACHE_SIZE = 10_000;
const authCache = new Map<string, { actor: Actor; until: number }>();

/** The actor a bearer token stands for, or undefined for an unknown token. */
export async function authenticate(store: Store, token: string): Promise<Actor | undefined> {
  const hash = hashToken(token);
  const key = `${store.instanceId}:${hash}`;
  const cached = authCache.get(key);
  if (cached && cached.until > Date.now()) return cached.actor;
  const row = await findApiTokenByHash(store.db, hash);
  if (!row) return undefined;
  const actor = { workspaceId: row.workspace_id, userId: row.user_id, tokenId: row.id };
  if (authCache.size >= AUTH_CACHE_SIZE) authCache.delete(authCache.keys().next().value!);
  authCache.set(key, { actor, until: Date.now() + AUTH_CACHE_MS });
  return actor;
}
