import type { Db } from '../../core/store/database.js';
import { findUserByEmail, findUserById, insertUser, listUsers as listUserRows, type User } from './user.repository.js';
import { findWorkspaceById } from '../workspaces/workspace.repository.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { duplicate, invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import { userJson } from './user.json.js';
import { nowIso } from '../../core/clock.js';
import { isEmail } from '../../core/email-address.js';

/** Adds an agent to a workspace (CLI). */
export async function createUser(
  db: Db,
  input: { workspaceId: string; email: string; name: string; role?: 'admin' | 'member' },
): Promise<User> {
  if (!(await findWorkspaceById(db, input.workspaceId))) throw notFound('Workspace');
  const email = input.email.trim();
  if (!isEmail(email)) throw invalid('email must be an email address');
  if (input.name.trim() === '') throw invalid('name must not be empty');
  const existing = await findUserByEmail(db, input.workspaceId, email);
  if (existing) throw duplicate('A user with this email already exists', existing.id);
  const user: User = {
    id: newId(),
    workspaceId: input.workspaceId,
    name: input.name.trim(),
    email,
    role: input.role ?? 'member',
    avatarUrl: null,
    status: 'active',
    availability: 'active',
    createdAt: nowIso(),
  };
  await insertUser(db, user);
  return user;
}

export async function getUser(deps: Deps, actor: Actor, id: string) {
  const user = await findUserById(deps.store.db, actor.workspaceId, id);
  if (!user) throw notFound('User');
  return userJson(user);
}

/** A user of the caller's workspace that a request names (as author or assignee), or a 404. */
export async function requireUser(db: Db, actor: Actor, id: string): Promise<User> {
  const user = await findUserById(db, actor.workspaceId, id);
  if (!user) throw notFound('User');
  return user;
}

export const listUsers = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `users:${actor.workspaceId}`,
    query,
    (page) => listUserRows(deps.store.db, actor.workspaceId, page),
    (rows) => rows.map(userJson),
  );
