import { sql } from 'kysely';
import type { Db } from '../../core/store/database.js';
import type { ConsoleSessionRow, PasswordLinkPurpose, PasswordLinkRow } from './console-auth.table.js';

/** A user an email may sign in as: one per workspace that has a user with this email (any case). */
export interface SignInCandidate {
  user_id: string;
  workspace_id: string;
  status: string;
  password_hash: string | null;
}

export async function findSignInCandidates(db: Db, email: string, workspaceId?: string): Promise<SignInCandidate[]> {
  let query = db
    .selectFrom('users as u')
    .leftJoin('user_passwords as p', 'p.user_id', 'u.id')
    .select(['u.id as user_id', 'u.workspace_id', 'u.status', 'p.password_hash'])
    .where(sql<string>`lower(u.email)`, '=', email.toLowerCase());
  if (workspaceId !== undefined) query = query.where('u.workspace_id', '=', workspaceId);
  return query.orderBy('u.workspace_id').limit(20).execute();
}

export async function hasPassword(db: Db, userId: string): Promise<boolean> {
  const row = await db.selectFrom('user_passwords').select('user_id').where('user_id', '=', userId).executeTakeFirst();
  return row !== undefined;
}

export async function saveUserPassword(db: Db, userId: string, passwordHash: string, at: string): Promise<void> {
  await db
    .insertInto('user_passwords')
    .values({ user_id: userId, password_hash: passwordHash, updated_at: at })
    .onConflict((oc) => oc.column('user_id').doUpdateSet({ password_hash: passwordHash, updated_at: at }))
    .execute();
}

export async function insertSession(db: Db, session: ConsoleSessionRow): Promise<void> {
  await db.insertInto('console_sessions').values(session).execute();
}

/** What authenticating a session needs, in one indexed read: the session and the standing of its user. */
export interface SessionCredential extends ConsoleSessionRow {
  user_role: string;
  user_status: string;
}

export async function findSessionCredential(db: Db, tokenHash: string): Promise<SessionCredential | undefined> {
  return db
    .selectFrom('console_sessions as s')
    .innerJoin('users as u', (join) =>
      join.onRef('u.id', '=', 's.user_id').onRef('u.workspace_id', '=', 's.workspace_id'),
    )
    .selectAll('s')
    .select(['u.role as user_role', 'u.status as user_status'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/** Records a use unless one was recorded since `staleBefore` (instances racing on one session write once). */
export async function touchSession(db: Db, id: string, at: string, staleBefore: string): Promise<void> {
  await db
    .updateTable('console_sessions')
    .set({ last_seen_at: at })
    .where('id', '=', id)
    .where('last_seen_at', '<', staleBefore)
    .execute();
}

export async function deleteSession(db: Db, id: string): Promise<void> {
  await db.deleteFrom('console_sessions').where('id', '=', id).execute();
}

export async function deleteSessionsOfUser(db: Db, userId: string): Promise<void> {
  await db.deleteFrom('console_sessions').where('user_id', '=', userId).execute();
}

/** A user's sessions that ended (idle or past their end), so a user's rows do not pile up. */
export async function deleteEndedSessionsOfUser(db: Db, userId: string, now: string, idleBefore: string) {
  await db
    .deleteFrom('console_sessions')
    .where('user_id', '=', userId)
    .where((eb) => eb.or([eb('expires_at', '<=', now), eb('last_seen_at', '<=', idleBefore)]))
    .execute();
}

export async function insertPasswordLink(
  db: Db,
  link: { id: string; tokenHash: string; workspaceId: string; userId: string; purpose: PasswordLinkPurpose },
  createdAt: string,
  expiresAt: string,
): Promise<void> {
  await db
    .insertInto('password_links')
    .values({
      id: link.id,
      token_hash: link.tokenHash,
      workspace_id: link.workspaceId,
      user_id: link.userId,
      purpose: link.purpose,
      created_at: createdAt,
      expires_at: expiresAt,
      used_at: null,
    })
    .execute();
}

export async function findPasswordLink(db: Db, tokenHash: string): Promise<PasswordLinkRow | undefined> {
  return db.selectFrom('password_links').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}

/** Uses a link not yet used; false when another request used it first. */
export async function usePasswordLink(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('password_links')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/** The times of the failures since `since` for one email or one address, oldest first. */
export async function listRecentFailures(
  db: Db,
  by: { email: string } | { remoteAddress: string },
  since: string,
): Promise<string[]> {
  let query = db.selectFrom('sign_in_failures').select('failed_at').where('failed_at', '>', since);
  query = 'email' in by ? query.where('email', '=', by.email) : query.where('remote_address', '=', by.remoteAddress);
  const rows = await query.orderBy('failed_at').execute();
  return rows.map((row) => row.failed_at);
}

export async function insertSignInFailure(
  db: Db,
  failure: { id: string; email: string; remoteAddress: string; failedAt: string },
): Promise<void> {
  await db
    .insertInto('sign_in_failures')
    .values({
      id: failure.id,
      email: failure.email,
      remote_address: failure.remoteAddress,
      failed_at: failure.failedAt,
    })
    .execute();
}

export async function deleteSignInFailure(db: Db, id: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('id', '=', id).execute();
}

/** Failures that no longer count against anyone. */
export async function deleteSignInFailuresBefore(db: Db, before: string): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('failed_at', '<=', before).execute();
}

/** The workspace created first (the one the first start creates). */
export async function findFirstWorkspaceId(db: Db): Promise<string | undefined> {
  const row = await db
    .selectFrom('workspaces')
    .select('id')
    .orderBy('created_at')
    .orderBy('id')
    .limit(1)
    .executeTakeFirst();
  return row?.id;
}
