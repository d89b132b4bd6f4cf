import type { Db } from '../../core/store/database.js';
import type { ApiTokenRow } from './api-token.table.js';

export async function insertApiToken(
  db: Db,
  token: { id: string; workspaceId: string; userId: string; tokenHash: string; name: string; createdAt: string },
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
    })
    .execute();
}

export async function findApiTokenByHash(db: Db, tokenHash: string): Promise<ApiTokenRow | undefined> {
  return db.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
}
