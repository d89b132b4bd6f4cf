import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { nowIso, nowMs } from '../../core/clock.js';
import { invalid } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import type { Database, Db, Store } from '../../core/store/database.js';
import { hashToken } from '../api-tokens/api-token.service.js';
import { userJson } from '../users/user.json.js';
import { findFirstAdmin, findUserById, type User } from '../users/user.repository.js';
import { createUser } from '../users/user.service.js';
import {
  deleteSessionsOfUser,
  findFirstWorkspaceId,
  findPasswordLink,
  hasPassword,
  insertPasswordLink,
  saveUserPassword,
  usePasswordLink,
} from './console-auth.repository.js';
import type { PasswordLinkPurpose } from './console-auth.table.js';
import { checkPasswordRules, hashPassword } from './password.js';
import { startSession, type IssuedSession } from './session.service.js';

/** A link sets a password once, within 7 days. */
export const PASSWORD_LINK_LIFETIME_MS = 7 * 86_400_000;

/** Where the console's page that takes the link lives. */
export const passwordLinkUrl = (publicUrl: string, token: string): string =>
  `${publicUrl.replace(/\/+$/, '')}/set-password?token=${token}`;

/** A new one-time link for the user; its token is shown once (only its SHA-256 is kept). */
export async function issuePasswordLink(db: Db, user: User, purpose: PasswordLinkPurpose): Promise<string> {
  const token = randomBytes(32).toString('base64url');
  const now = nowMs();
  await insertPasswordLink(
    db,
    { id: newId(), tokenHash: hashToken(token), workspaceId: user.workspaceId, userId: user.id, purpose },
    new Date(now).toISOString(),
    new Date(now + PASSWORD_LINK_LIFETIME_MS).toISOString(),
  );
  return token;
}

/**
 * Creates a user of the workspace (a member unless told) and the invite link that lets them choose a password; an
 * email the workspace already has is a duplicate. Asked by an admin in the console, or by the operator at the CLI.
 */
export async function inviteUser(
  db: Kysely<Database>,
  workspaceId: string,
  input: { email: string; name?: string; role?: 'admin' | 'member' },
  publicUrl: string,
) {
  return db.transaction().execute(async (trx) => {
    const name = input.name?.trim() || input.email.trim().split('@')[0] || input.email;
    const user = await createUser(trx, { workspaceId, email: input.email, name, role: input.role ?? 'member' });
    const token = await issuePasswordLink(trx, user, 'invite');
    return { user: userJson(user), link: passwordLinkUrl(publicUrl, token) };
  });
}

export const LINK_REFUSED = 'This link is invalid, already used or expired';

/**
 * Sets the password of a link's user, once, and signs them in: the link proves they own the address, and asking
 * for the password again at once would add nothing. Every other session of the user ends (a forgotten password may
 * mean someone else knows the old one).
 */
export async function setPasswordWithLink(db: Kysely<Database>, token: string, password: string) {
  checkPasswordRules(password);
  const passwordHash = await hashPassword(password);
  return db.transaction().execute(async (trx): Promise<IssuedSession> => {
    const link = await findPasswordLink(trx, hashToken(token));
    if (!link || link.used_at !== null || Date.parse(link.expires_at) <= nowMs()) throw invalid(LINK_REFUSED);
    const user = await findUserById(trx, link.workspace_id, link.user_id);
    if (!user || user.status !== 'active') throw invalid(LINK_REFUSED);
    if (!(await usePasswordLink(trx, link.id, nowIso()))) throw invalid(LINK_REFUSED);
    await saveUserPassword(trx, user.id, passwordHash, nowIso());
    await deleteSessionsOfUser(trx, user.id);
    return startSession(trx, user);
  });
}

/**
 * A link to set the first admin's password (the first workspace's first active admin), while they have none: the
 * server prints one on every start until it has been used, so whoever installed it can reach the console.
 */
export async function firstAdminPasswordLink(store: Store, publicUrl: string): Promise<string | undefined> {
  return (await firstAdminPasswordInvite(store, publicUrl))?.link;
}

/** The same link with the admin's email, which they sign in with afterwards. */
export async function firstAdminPasswordInvite(
  store: Store,
  publicUrl: string,
): Promise<{ email: string; link: string } | undefined> {
  const workspaceId = await findFirstWorkspaceId(store.db);
  if (!workspaceId) return undefined;
  const admin = await findFirstAdmin(store.db, workspaceId);
  if (!admin || (await hasPassword(store.db, admin.id))) return undefined;
  return {
    email: admin.email,
    link: passwordLinkUrl(publicUrl, await issuePasswordLink(store.db, admin, 'set_password')),
  };
}
