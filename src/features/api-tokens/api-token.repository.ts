import type { Db } from '../../core/store/database.js';
import type { Page } from '../../core/store/keyset.js';
import type { ApiTokenRow } from './api-token.table.js';

export async function insertApiToken(
  db: Db,
  token: {
    id: string;
    workspaceId: string;
    userId: string;
    tokenHash: string;
    name: string;
    createdAt: string;
    expiresAt: string | null;
  },
): Promise<void> {
  await db
    .insertInto('api_tokens')
    .values({
      id: token.id,
      workspace_id: token.workspaceId,
      user_id: token.userId,
      token_hash: token.tokenHash,
      name: token.name,
      created_at: token.createdAt,
      expires_at: token.expiresAt,
    })
    .execute();
}

/** What authenticating a secret needs, in one indexed read: the token and the standing of its user. */
export interface TokenCredential {
  id: string;
  workspace_id: string;
  user_id: string;
  expires_at: string | null;
  revoked_at: string | null;
  last_used_at: string | null;
  user_role: string;
  user_status: string;
}

export async function findTokenCredential(db: Db, tokenHash: string): Promise<TokenCredential | undefined> {
  return db
    .selectFrom('api_tokens as t')
    .innerJoin('users as u', 'u.id', 't.user_id')
    .select([
      't.id',
      't.workspace_id',
      't.user_id',
      't.expires_at',
      't.revoked_at',
      't.last_used_at',
      'u.role as user_role',
      'u.status as user_status',
    ])
    .where('t.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

export async function findApiTokenById(db: Db, workspaceId: string, id: string): Promise<ApiTokenRow | undefined> {
  return db
    .selectFrom('api_tokens')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function listApiTokens(db: Db, workspaceId: string, page: Page): Promise<ApiTokenRow[]> {
  let query = db.selectFrom('api_tokens').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  return query
    .orderBy('id')
    .limit(page.limit + 1)
    .execute();
}

/** Every token of the workspace, for the CLI (a workspace has a handful). */
export async function listAllApiTokens(db: Db, workspaceId: string): Promise<ApiTokenRow[]> {
  return db.selectFrom('api_tokens').selectAll().where('workspace_id', '=', workspaceId).orderBy('id').execute();
}

/** Revokes a token not yet revoked; false when it already was (or is not the workspace's). */
export async function revokeApiToken(db: Db, workspaceId: string, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('api_tokens')
    .set({ revoked_at: at })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return result.numUpdatedRows > 0n;
}

/**
 * Records a use unless one was recorded since `staleBefore`: the condition makes instances racing on the same token
 * write once between them.
 */
export async function touchApiToken(db: Db, id: string, at: string, staleBefore: string): Promise<void> {
  await db
    .updateTable('api_tokens')
    .set({ last_used_at: at })
    .where('id', '=', id)
    .where((eb) => eb.or([eb('last_used_at', 'is', null), eb('last_used_at', '<', staleBefore)]))
    .execute();
}
