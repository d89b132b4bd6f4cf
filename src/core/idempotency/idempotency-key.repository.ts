import type { Db } from '../store/database.js';

export interface StoredResponse {
  fingerprint: string;
  statusCode: number;
  response: unknown;
  createdAt: string;
}

export async function findIdempotencyKey(
  db: Db,
  workspaceId: string,
  key: string,
): Promise<StoredResponse | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('key', '=', key)
    .executeTakeFirst();
  return (
    row && {
      fingerprint: row.fingerprint,
      statusCode: Number(row.status_code),
      response: JSON.parse(row.response),
      createdAt: row.created_at,
    }
  );
}

export async function insertIdempotencyKey(
  db: Db,
  workspaceId: string,
  key: string,
  stored: StoredResponse,
): Promise<void> {
  await db
    .insertInto('idempotency_keys')
    .values({
      workspace_id: workspaceId,
      key,
      fingerprint: stored.fingerprint,
      status_code: stored.statusCode,
      response: JSON.stringify(stored.response),
      created_at: stored.createdAt,
    })
    .execute();
}

export async function deleteIdempotencyKeysBefore(db: Db, createdBefore: string): Promise<number> {
  const result = await db.deleteFrom('idempotency_keys').where('created_at', '<', createdBefore).executeTakeFirst();
  return Number(result.numDeletedRows);
}

export async function deleteIdempotencyKey(db: Db, workspaceId: string, key: string): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('workspace_id', '=', workspaceId).where('key', '=', key).execute();
}
