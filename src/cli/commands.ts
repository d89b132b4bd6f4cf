import type { Config } from '../config.js';
import { notFound } from '../core/errors.js';
import { userJson } from '../features/users/user.json.js';
import {
  issueToken,
  requireActiveTokenUser,
  resolveExpiry,
  revokeToken,
} from '../features/api-tokens/api-token.service.js';
import { apiTokenJson } from '../features/api-tokens/api-token.json.js';
import { listAllApiTokens } from '../features/api-tokens/api-token.repository.js';
import { deactivateUser, reactivateUser } from '../features/users/user-lifecycle.js';
import { createUser } from '../features/users/user.service.js';
import { inviteUser } from '../features/console-auth/password-link.service.js';
import { setSupportAddress } from '../features/email/inbound-email.js';
import { createWebhookEndpoint, webhookEndpointJson } from '../features/webhooks/webhook.service.js';
import { listAllWebhookEndpoints } from '../features/webhooks/webhook-endpoint.repository.js';
import { createWorkspace } from '../features/workspaces/workspace.service.js';
import { findWorkspaceById } from '../features/workspaces/workspace.repository.js';
import { type Store } from '../core/store/database.js';
import { openStore } from '../core/store/open-store.js';
import { migrateToLatest } from '../core/store/migrate.js';
import { offlineDeps } from '../core/deps.js';
import { findFirstAdmin } from '../features/users/user.repository.js';
import { seedDemoWorkspace, workspaceAdminActor } from '../features/test-controls/demo-workspace.js';

async function withStore<T>(config: Config, work: (store: Store) => Promise<T>): Promise<T> {
  const store = await openStore(config.databaseUrl);
  try {
    return await work(store);
  } finally {
    await store.close();
  }
}

export async function migrateCommand(config: Config) {
  const store = await openStore(config.databaseUrl, { migrate: false });
  try {
    return { applied: await migrateToLatest(store.db) };
  } finally {
    await store.close();
  }
}

export const workspaceCreateCommand = (config: Config, name: string) =>
  withStore(config, (store) => store.db.transaction().execute((trx) => createWorkspace(trx, { name })));

export const userCreateCommand = (
  config: Config,
  input: { workspaceId: string; email: string; name: string; role: 'admin' | 'member' },
) => withStore(config, async (store) => userJson(await createUser(store.db, input)));

/** A new user and the one-time link (7 days) where they choose their console password. */
export const userInviteCommand = (
  config: Config,
  input: { workspaceId: string; email: string; name?: string; role: 'admin' | 'member' },
) =>
  withStore(config, (store) =>
    inviteUser(
      store.db,
      input.workspaceId,
      { email: input.email, name: input.name, role: input.role },
      config.publicUrl,
    ),
  );

export const tokenCreateCommand = (
  config: Config,
  input: { workspaceId: string; userId?: string; name?: string; expiresInDays?: number },
) =>
  withStore(config, (store) =>
    store.db.transaction().execute(async (trx) => {
      const expiresAt = resolveExpiry({ expires_in_days: input.expiresInDays });
      const user = input.userId
        ? await requireActiveTokenUser(trx, input.workspaceId, input.userId)
        : await findFirstAdmin(trx, input.workspaceId);
      if (!user) throw notFound('Workspace');
      return issueToken(trx, {
        workspaceId: input.workspaceId,
        userId: user.id,
        actorUserId: null,
        name: input.name,
        expiresAt,
      });
    }),
  );

/** The workspace's tokens, revoked and expired ones included; never a secret (only hashes are stored). */
export const tokenListCommand = (config: Config, workspaceId: string) =>
  withStore(config, async (store) => {
    await requireWorkspace(store, workspaceId);
    return (await listAllApiTokens(store.db, workspaceId)).map(apiTokenJson);
  });

export const tokenRevokeCommand = (config: Config, workspaceId: string, id: string) =>
  withStore(config, async (store) => {
    await requireWorkspace(store, workspaceId);
    return revokeToken(store.db, workspaceId, id, null);
  });

/** The operator at the CLI may deactivate any user but the workspace's last active admin. */
export const userDeactivateCommand = (config: Config, workspaceId: string, userId: string) =>
  withStore(config, async (store) => {
    await requireWorkspace(store, workspaceId);
    return deactivateUser(store.db, { workspaceId, userId: null }, userId);
  });

export const userReactivateCommand = (config: Config, workspaceId: string, userId: string) =>
  withStore(config, async (store) => {
    await requireWorkspace(store, workspaceId);
    return reactivateUser(store.db, { workspaceId, userId: null }, userId);
  });

export const supportAddressCommand = (config: Config, workspaceId: string, email: string) =>
  withStore(config, async (store) => {
    await requireWorkspace(store, workspaceId);
    await setSupportAddress(store.db, workspaceId, email);
    return { workspace_id: workspaceId, support_email: email.toLowerCase() };
  });

async function requireWorkspace(store: Store, workspaceId: string): Promise<void> {
  if (!(await findWorkspaceById(store.db, workspaceId))) throw notFound('Workspace');
}

export const webhookCreateCommand = (
  config: Config,
  input: { workspaceId: string; url: string; eventTypes?: string[] },
) =>
  withStore(config, async (store) => {
    await requireWorkspace(store, input.workspaceId);
    const body = { url: input.url, event_types: input.eventTypes };
    return createWebhookEndpoint(store.db, input.workspaceId, body, config.delivery);
  });

export const webhookListCommand = (config: Config, workspaceId: string) =>
  withStore(config, async (store) => {
    await requireWorkspace(store, workspaceId);
    return (await listAllWebhookEndpoints(store.db, workspaceId)).map((e) => webhookEndpointJson(e));
  });

/** Loads the demo workspace into W as its first active admin; no email is sent. */
export const seedDemoCommand = (config: Config, workspaceId: string) =>
  withStore(config, async (store) => {
    return seedDemoWorkspace(offlineDeps(config, store), await workspaceAdminActor(store.db, workspaceId));
  });
