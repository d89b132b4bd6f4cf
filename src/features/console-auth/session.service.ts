import { randomBytes, timingSafeEqual } from 'node:crypto';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import type { Kysely } from 'kysely';
import type { Actor } from '../../core/actor.js';
import { nowMs } from '../../core/clock.js';
import { AppError, forbidden, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Database, Db, Store } from '../../core/store/database.js';
import { hashToken } from '../api-tokens/api-token.service.js';
import { userJson } from '../users/user.json.js';
import { findUserById, type User } from '../users/user.repository.js';
import {
  deleteEndedSessionsOfUser,
  deleteSession,
  findSessionCredential,
  findSignInCandidates,
  insertSession,
  touchSession,
  type SessionCredential,
} from './console-auth.repository.js';
import { UNMATCHABLE_HASH, verifyPassword } from './password.js';
import { releaseSignInAttempt, reserveSignInAttempt } from './sign-in-limit.js';

/** A session ends after 12 hours without a request, and 7 days after sign-in whatever its use. */
export const SESSION_IDLE_MS = 12 * 3_600_000;
export const SESSION_LIFETIME_MS = 7 * 86_400_000;
/** The last-seen time is written at most once a minute per session, not on every request. */
const LAST_SEEN_RESOLUTION_MS = 60_000;

/** The same words for an unknown email, a wrong password, a user with no password yet or a deactivated one. */
export const SIGN_IN_REFUSED = 'Email or password is incorrect';

export interface IssuedSession {
  /** The cookie's secret, never stored (only its SHA-256). */
  token: string;
  csrfToken: string;
  expiresAt: string;
  user: User;
}

export type SignInResult =
  | { outcome: 'signed_in'; session: IssuedSession }
  | { outcome: 'limited'; retryAfterSeconds: number }
  | { outcome: 'refused'; reason: 'unknown_email' | 'no_password' | 'wrong_password' | 'deactivated' }
  | { outcome: 'ambiguous'; workspaceIds: string[] };

/**
 * Checks an email and password. Every attempt first takes one from the account's and the address's allowance (10
 * failures in 15 minutes each); the password is checked with scrypt even when the email names nobody, so neither
 * the answer nor its time tells whether the email exists. An email that signs in to several workspaces with this
 * password needs `workspaceId`.
 */
export async function signIn(
  db: Kysely<Database>,
  input: { email: string; password: string; workspaceId?: string },
  remoteAddress: string,
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  const reservation = await reserveSignInAttempt(db, email, remoteAddress);
  if ('retryAfterSeconds' in reservation) return { outcome: 'limited', ...reservation };
  const candidates = await findSignInCandidates(db, email, input.workspaceId);
  const withPassword = candidates.filter((c) => c.password_hash !== null);
  if (withPassword.length === 0) {
    await verifyPassword(input.password, UNMATCHABLE_HASH);
    return { outcome: 'refused', reason: candidates.length === 0 ? 'unknown_email' : 'no_password' };
  }
  const matched = [];
  for (const candidate of withPassword) {
    if (await verifyPassword(input.password, candidate.password_hash!)) matched.push(candidate);
  }
  const refuse = async (accounts: SignInCandidate[], reason: 'wrong_password' | 'deactivated') => {
    await auditSignIns(db, accounts, 'user.sign_in_failed', { reason, remote_address: remoteAddress });
    return { outcome: 'refused', reason } as const;
  };
  if (matched.length === 0) return refuse(withPassword, 'wrong_password');
  const active = matched.filter((c) => c.status === 'active');
  if (active.length === 0) return refuse(matched, 'deactivated');
  await releaseSignInAttempt(db, reservation.attemptId);
  if (active.length > 1) return { outcome: 'ambiguous', workspaceIds: active.map((c) => c.workspace_id) };
  const user = await findUserById(db, active[0]!.workspace_id, active[0]!.user_id);
  if (!user) throw notFound('User');
  await auditSignIns(db, active, 'user.signed_in', { remote_address: remoteAddress });
  return { outcome: 'signed_in', session: await startSession(db, user) };
}

type SignInCandidate = Awaited<ReturnType<typeof findSignInCandidates>>[number];

/** Each workspace's audit log tells its admins who signed in, or tried to as one of its users, and from where. */
async function auditSignIns(
  db: Db,
  accounts: SignInCandidate[],
  action: 'user.signed_in' | 'user.sign_in_failed',
  attributes: Record<string, string>,
): Promise<void> {
  for (const account of accounts) {
    await recordAudit(db, {
      workspaceId: account.workspace_id,
      actorUserId: action === 'user.signed_in' ? account.user_id : null,
      action,
      objectType: 'user',
      objectId: account.user_id,
      attributes,
    });
  }
}

/** The error a refused sign-in answers: one 401 for every refusal, so none reveals whether the email exists. */
export function signInError(result: Exclude<SignInResult, { outcome: 'signed_in' }>): AppError {
  if (result.outcome === 'limited') {
    return new AppError('rate_limited', `Too many failed sign-ins; retry in ${result.retryAfterSeconds} s`);
  }
  if (result.outcome === 'ambiguous') {
    return invalid(
      `This email signs in to several workspaces; send workspace_id, one of ${result.workspaceIds.join(', ')}`,
    );
  }
  return new AppError('unauthorized', SIGN_IN_REFUSED);
}

/** A new session for an active user: its cookie secret and CSRF token, shown to the browser only. */
export async function startSession(db: Db, user: User): Promise<IssuedSession> {
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const now = nowMs();
  const at = new Date(now).toISOString();
  const expiresAt = new Date(now + SESSION_LIFETIME_MS).toISOString();
  await deleteEndedSessionsOfUser(db, user.id, at, new Date(now - SESSION_IDLE_MS).toISOString());
  await insertSession(db, {
    id: newId(),
    token_hash: hashToken(token),
    workspace_id: user.workspaceId,
    user_id: user.id,
    csrf_token: csrfToken,
    created_at: at,
    expires_at: expiresAt,
    last_seen_at: at,
  });
  return { token, csrfToken, expiresAt, user };
}

/** A signed-in browser: who it acts as, and the token its unsafe requests must repeat. */
export interface ConsoleSession {
  id: string;
  actor: Actor;
  csrfToken: string;
}

/**
 * The session of a cookie's secret; 401 for an unknown, ended (idle or past its end) or signed-out session, or one
 * of a deactivated user. No cache: one indexed read per request, so a deactivation or a sign-out holds at once on
 * every instance.
 */
export async function authenticateSession(store: Store, token: string): Promise<ConsoleSession> {
  const credential = await findSessionCredential(store.db, hashToken(token));
  const now = nowMs();
  if (!credential || !isLive(credential, now))
    throw new AppError('unauthorized', 'Not signed in, or the session ended');
  if (credential.user_status !== 'active') throw new AppError('unauthorized', 'This user is deactivated');
  if (Date.parse(credential.last_seen_at) <= now - LAST_SEEN_RESOLUTION_MS) {
    const staleBefore = new Date(now - LAST_SEEN_RESOLUTION_MS).toISOString();
    // Best effort: a failed bookkeeping write must not refuse a live session.
    await touchSession(store.db, credential.id, new Date(now).toISOString(), staleBefore).catch(() => undefined);
  }
  return {
    id: credential.id,
    csrfToken: credential.csrf_token,
    actor: {
      workspaceId: credential.workspace_id,
      userId: credential.user_id,
      tokenId: credential.id,
      role: credential.user_role === 'admin' ? 'admin' : 'member',
    },
  };
}

const isLive = (c: SessionCredential, now: number): boolean =>
  Date.parse(c.expires_at) > now && Date.parse(c.last_seen_at) > now - SESSION_IDLE_MS;

/** An unsafe request must repeat the session's CSRF token in `X-CSRF-Token`: a cross-site form cannot read it. */
export function checkCsrfToken(sent: string | string[] | undefined, session: ConsoleSession): void {
  if (typeof sent !== 'string' || sent === '') throw forbidden('Missing X-CSRF-Token header');
  const expected = Buffer.from(session.csrfToken);
  const given = Buffer.from(sent);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw forbidden('Wrong X-CSRF-Token');
}

/** Signing out deletes the session: its cookie no longer works anywhere. */
export const endSession = (db: Db, session: ConsoleSession): Promise<void> => deleteSession(db, session.id);

/** The signed-in user, their workspace and the CSRF token, as sign-in and `GET /console/api/session` answer. */
export async function describeSession(db: Db, session: ConsoleSession) {
  const user = await findUserById(db, session.actor.workspaceId, session.actor.userId);
  if (!user) throw notFound('User');
  return sessionJson(user, session.csrfToken);
}

export const sessionJson = (user: User, csrfToken: string) => ({
  user: userJson(user),
  workspace_id: user.workspaceId,
  csrf_token: csrfToken,
});
