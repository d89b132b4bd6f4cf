import type { Db } from '../../core/store/database.js';
import { readStringArray, toJsonColumn } from '../../core/store/json-columns.js';
import type { WebhookEndpointsTable } from './webhook.table.js';
import type { Page } from '../../core/store/keyset.js';

export interface WebhookEndpoint {
  id: string;
  workspaceId: string;
  url: string;
  description: string | null;
  /** Empty: every event type. */
  eventTypes: string[];
  secret: string;
  previousSecret: string | null;
  previousSecretExpiresAt: string | null;
  status: 'active' | 'paused';
  pausedReason: string | null;
  failingSince: string | null;
  createdAt: string;
  updatedAt: string;
}

const toEndpoint = (row: WebhookEndpointsTable): WebhookEndpoint => ({
  id: row.id,
  workspaceId: row.workspace_id,
  url: row.url,
  description: row.description,
  eventTypes: readStringArray(row.event_types),
  secret: row.secret,
  previousSecret: row.previous_secret,
  previousSecretExpiresAt: row.previous_secret_expires_at,
  status: row.status === 'paused' ? 'paused' : 'active',
  pausedReason: row.paused_reason,
  failingSince: row.failing_since,
  createdAt: row.created_at,
  updatedAt: row.updated_at,
});

const toRow = (e: WebhookEndpoint): WebhookEndpointsTable => ({
  id: e.id,
  workspace_id: e.workspaceId,
  url: e.url,
  description: e.description,
  event_types: toJsonColumn(e.eventTypes),
  secret: e.secret,
  previous_secret: e.previousSecret,
  previous_secret_expires_at: e.previousSecretExpiresAt,
  status: e.status,
  paused_reason: e.pausedReason,
  failing_since: e.failingSince,
  created_at: e.createdAt,
  updated_at: e.updatedAt,
});

export async function insertWebhookEndpoint(db: Db, endpoint: WebhookEndpoint): Promise<void> {
  await db.insertInto('webhook_endpoints').values(toRow(endpoint)).execute();
}

export async function saveWebhookEndpoint(db: Db, endpoint: WebhookEndpoint): Promise<void> {
  const { id, workspace_id, created_at: _createdAt, ...changes } = toRow(endpoint);
  await db
    .updateTable('webhook_endpoints')
    .set(changes)
    .where('workspace_id', '=', workspace_id)
    .where('id', '=', id)
    .execute();
}

export async function findWebhookEndpoint(
  db: Db,
  workspaceId: string,
  id: string,
): Promise<WebhookEndpoint | undefined> {
  const row = await db
    .selectFrom('webhook_endpoints')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && toEndpoint(row);
}

export async function listWebhookEndpoints(db: Db, workspaceId: string, page: Page): Promise<WebhookEndpoint[]> {
  let query = db.selectFrom('webhook_endpoints').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  return (
    await query
      .orderBy('id')
      .limit(page.limit + 1)
      .execute()
  ).map(toEndpoint);
}

/** Every endpoint of the workspace, for fanning an event out. */
export async function listAllWebhookEndpoints(db: Db, workspaceId: string): Promise<WebhookEndpoint[]> {
  return (await db.selectFrom('webhook_endpoints').selectAll().where('workspace_id', '=', workspaceId).execute()).map(
    toEndpoint,
  );
}

export async function deleteWebhookEndpoint(db: Db, workspaceId: string, id: string): Promise<boolean> {
  const result = await db
    .deleteFrom('webhook_endpoints')
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}
