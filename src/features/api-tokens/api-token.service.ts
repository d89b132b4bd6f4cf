import { createHash, randomBytes } from 'node:crypto';
import type { Actor } from '../../core/actor.js';
import { nowIso, nowMs, parseTimestamp } from '../../core/clock.js';
import type { Deps } from '../../core/deps.js';
import { AppError, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import type { Kysely } from 'kysely';
import type { Database, Db, Store } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { findUserById, type User } from '../users/user.repository.js';
import { apiTokenJson, type ApiTokenJson } from './api-token.json.js';
import {
  findApiTokenById,
  findTokenCredential,
  insertApiToken,
  listApiTokens,
  revokeApiToken,
  touchApiToken,
  type TokenCredential,
} from './api-token.repository.js';

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
  expires_at?: string;
}

const DAY_MS = 86_400_000;
const MAX_EXPIRY_DAYS = 3650;

/** When a new token expires (stored form), from `expires_at` or `expires_in_days`; undefined, never. */
export function resolveExpiry(input: { expires_at?: string; expires_in_days?: number }): string | undefined {
  if (input.expires_at !== undefined && input.expires_in_days !== undefined) {
    throw invalid('Give expires_at or expires_in_days, not both');
  }
  if (input.expires_in_days !== undefined) {
    const days = input.expires_in_days;
    if (!Number.isInteger(days) || days < 1 || days > MAX_EXPIRY_DAYS) {
      throw invalid(`expires_in_days must be a whole number from 1 to ${MAX_EXPIRY_DAYS}`);
    }
    return new Date(nowMs() + days * DAY_MS).toISOString();
  }
  if (input.expires_at === undefined) return undefined;
  const expiresAt = parseTimestamp(input.expires_at, 'expires_at');
  if (Date.parse(expiresAt) <= nowMs()) throw invalid('expires_at must be in the future');
  return expiresAt;
}

/** Creates an API token for a user of the workspace; `value` fixes the secret (bootstrap automation). */
export async function issueToken(
  db: Db,
  input: {
    workspaceId: string;
    userId: string;
    actorUserId: string | null;
    name?: string;
    value?: string;
    expiresAt?: string;
  },
): Promise<IssuedToken> {
  const token = input.value ?? generateToken();
  const id = newId();
  const createdAt = nowIso();
  const name = input.name ?? 'API token';
  const expiresAt = input.expiresAt ?? null;
  await insertApiToken(db, {
    id,
    workspaceId: input.workspaceId,
    userId: input.userId,
    tokenHash: hashToken(token),
    name,
    createdAt,
    expiresAt,
  });
  await recordAudit(db, {
    workspaceId: input.workspaceId,
    actorUserId: input.actorUserId,
    action: 'api_token.created',
    objectType: 'api_token',
    objectId: id,
    attributes: { user_id: input.userId, name, ...(expiresAt ? { expires_at: expiresAt } : {}) },
  });
  return {
    id,
    token,
    workspace_id: input.workspaceId,
    user_id: input.userId,
    name,
    created_at: createdAt,
    ...(expiresAt ? { expires_at: expiresAt } : {}),
  };
}

/** The user a new token is for: one of the workspace's, and active, or the token would never work. */
export async function requireActiveTokenUser(db: Db, workspaceId: string, userId: string): Promise<User> {
  const user = await findUserById(db, workspaceId, userId);
  if (!user) throw notFound('User');
  if (user.status !== 'active') throw invalid('The user is deactivated; reactivate them before issuing a token');
  return user;
}

/** `POST /helpline/api-tokens`: a token for the caller or another user of the workspace; the secret, once. */
export async function createApiToken(
  deps: Deps,
  actor: Actor,
  body: { name?: string; user_id?: string; expires_at?: string; expires_in_days?: number },
): Promise<ApiTokenJson & { token: string }> {
  const name = body.name?.trim();
  if (name === '') throw invalid('name must not be empty');
  if (name !== undefined && name.length > 200) throw invalid('name must be at most 200 characters');
  const expiresAt = resolveExpiry(body);
  const userId = body.user_id ?? actor.userId;
  return deps.store.db.transaction().execute(async (trx) => {
    await requireActiveTokenUser(trx, actor.workspaceId, userId);
    const issued = await issueToken(trx, {
      workspaceId: actor.workspaceId,
      userId,
      actorUserId: actor.userId,
      name,
      expiresAt,
    });
    const row = await findApiTokenById(trx, actor.workspaceId, issued.id);
    return { ...apiTokenJson(row!), token: issued.token };
  });
}

export const listApiTokensPage = (db: Db, workspaceId: string, query: { cursor?: string; limit?: number }) =>
  pageById(
    `api-tokens:${workspaceId}`,
    query,
    (page) => listApiTokens(db, workspaceId, page),
    (rows) => rows.map(apiTokenJson),
  );

/**
 * Revokes a token of the workspace (again: no change). The row stays, so the listing and the audit log still name
 * it. Every instance refuses it within AUTH_CACHE_MS; this one at once.
 */
export async function revokeToken(db: Kysely<Database>, workspaceId: string, id: string, actorUserId: string | null) {
  const revoked = await db.transaction().execute(async (trx) => {
    const row = await findApiTokenById(trx, workspaceId, id);
    if (!row) throw notFound('API token');
    const at = nowIso();
    if (!(await revokeApiToken(trx, workspaceId, id, at))) return row;
    await recordAudit(trx, {
      workspaceId,
      actorUserId,
      action: 'api_token.revoked',
      objectType: 'api_token',
      objectId: id,
      attributes: { user_id: row.user_id, name: row.name },
    });
    return { ...row, revoked_at: at };
  });
  forgetAuthentications();
  return apiTokenJson(revoked);
}

/**
 * Recently looked-up secrets, so a busy client costs one hash and no query per request (concurrent requests with
 * the same secret share one lookup). Entries live at most AUTH_CACHE_MS: revoking a token or deactivating a user
 * must take effect within a second on every instance, and instances share no memory. Broadcasting invalidations
 * (Redis pub/sub) would need Redis, which is optional, and would fail open whenever a message is lost; a short
 * lifetime bounds the delay on any deployment, for one indexed read per secret per instance every half second.
 */
const AUTH_CACHE_MS = 500;
const AUTH_CACHE_SIZE = 10_000;
/** The last-used time is bookkeeping: written at most once a minute per token, not on every request. */
const LAST_USED_RESOLUTION_MS = 60_000;

interface Lookup {
  credential: Promise<TokenCredential | undefined>;
  until: number;
}
const lookups = new Map<string, Lookup>();

/** Drops every cached lookup of this process, after a revocation or deactivation here. */
export function forgetAuthentications(): void {
  lookups.clear();
}

/** The actor a bearer token stands for; 401 for an unknown, expired or revoked one, or a deactivated user's. */
export async function authenticate(store: Store, token: string): Promise<Actor> {
  const tokenHash = hashToken(token);
  const key = `${store.instanceId}:${tokenHash}`;
  let lookup = lookups.get(key);
  if (!lookup || lookup.until <= Date.now()) {
    const started: Lookup = { credential: lookUp(store, tokenHash), until: Date.now() + AUTH_CACHE_MS };
    lookup = started;
    if (lookups.size >= AUTH_CACHE_SIZE) lookups.delete(lookups.keys().next().value!);
    lookups.set(key, started);
    // A failed or unknown lookup is not kept: the next request asks the database again.
    const forget = () => lookups.get(key) === started && lookups.delete(key);
    started.credential.then((found) => found ?? forget(), forget);
  }
  return actorOf(await lookup.credential);
}

async function lookUp(store: Store, tokenHash: string): Promise<TokenCredential | undefined> {
  const credential = await findTokenCredential(store.db, tokenHash);
  if (!credential || !usable(credential)) return credential;
  const now = nowMs();
  if (credential.last_used_at === null || Date.parse(credential.last_used_at) <= now - LAST_USED_RESOLUTION_MS) {
    const staleBefore = new Date(now - LAST_USED_RESOLUTION_MS).toISOString();
    // Best effort: a failed bookkeeping write must not refuse a valid token.
    await touchApiToken(store.db, credential.id, new Date(now).toISOString(), staleBefore).catch(() => undefined);
  }
  return credential;
}

const usable = (c: TokenCredential): boolean =>
  c.revoked_at === null && c.user_status === 'active' && (c.expires_at === null || Date.parse(c.expires_at) > nowMs());

function actorOf(credential: TokenCredential | undefined): Actor {
  if (!credential) throw new AppError('unauthorized', 'Invalid API token');
  if (credential.revoked_at !== null) throw new AppError('unauthorized', 'This API token has been revoked');
  if (credential.expires_at !== null && Date.parse(credential.expires_at) <= nowMs()) {
    throw new AppError('unauthorized', 'This API token has expired');
  }
  if (credential.user_status !== 'active') throw new AppError('unauthorized', "This API token's user is deactivated");
  return {
    workspaceId: credential.workspace_id,
    userId: credential.user_id,
    tokenId: credential.id,
    role: credential.user_role === 'admin' ? 'admin' : 'member',
  };
}
