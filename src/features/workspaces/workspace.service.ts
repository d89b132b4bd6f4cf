import type { Db, Store } from '../../core/store/database.js';
import {
  countWorkspaces,
  findWorkspaceById,
  insertWorkspace,
  lockFirstWorkspaceCreation,
} from './workspace.repository.js';
import { findUserById, insertUser } from '../users/user.repository.js';
import type { Actor } from '../../core/actor.js';
import { invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { nowIso } from '../../core/clock.js';
import { issueToken } from '../api-tokens/api-token.service.js';

export interface CreatedWorkspace {
  workspace_id: string;
  user_id: string;
  token: string;
}

/** A new workspace with its admin user and that user's first API token. */
export async function createWorkspace(
  db: Db,
  input: { name: string; adminName?: string; adminEmail?: string; token?: string },
): Promise<CreatedWorkspace> {
  const name = input.name.trim();
  if (name === '') throw invalid('name must not be empty');
  const workspaceId = newId();
  const userId = newId();
  const createdAt = nowIso();
  await insertWorkspace(db, { id: workspaceId, name, createdAt });
  await insertUser(db, {
    id: userId,
    workspaceId,
    name: input.adminName ?? 'Admin',
    email: input.adminEmail ?? 'admin@helpline.local',
    role: 'admin',
    avatarUrl: null,
    status: 'active',
    createdAt,
  });
  const issued = await issueToken(db, {
    workspaceId,
    userId,
    actorUserId: userId,
    name: 'Admin token',
    value: input.token,
  });
  return { workspace_id: workspaceId, user_id: userId, token: issued.token };
}

/**
 * On an empty database, creates workspace "Default" with its admin and token (the given value when set).
 * Returns undefined when the database already has a workspace.
 */
export async function bootstrapIfEmpty(store: Store, token: string | undefined): Promise<CreatedWorkspace | undefined> {
  return store.db.transaction().execute(async (trx) => {
    await lockFirstWorkspaceCreation(trx);
    if ((await countWorkspaces(trx)) > 0) return undefined;
    return createWorkspace(trx, { name: 'Default', token });
  });
}

/** The organization of the caller and the token's user, as `GET /me` shows them. */
export async function describeCaller(store: Store, actor: Actor) {
  const workspace = await findWorkspaceById(store.db, actor.workspaceId);
  if (!workspace) throw notFound('Workspace');
  const user = await findUserById(store.db, actor.workspaceId, actor.userId);
  return { id: workspace.id, name: workspace.name, user: user ? { id: user.id, email: user.email } : undefined };
}
