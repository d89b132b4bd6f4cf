import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Actor } from '../../core/actor.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { dialectOf } from '../../core/store/dialect.js';
import type { Db } from '../../core/store/database.js';
import { forgetAuthentications } from '../api-tokens/api-token.service.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { findUserRole } from '../user-roles/user-role.catalog.js';
import { avatarUrl } from './avatar-url.js';
import { USER_STATUS_LOCK_KEY } from './user-lifecycle.js';
import { countActiveAdmins, findUserById, updateUserProfile, type User } from './user.repository.js';
import { userJson } from './user.json.js';
import { USER_AVAILABILITIES } from './user.table.js';

/** As the contract defines it. */
export type UpdateUserInput = ContractBody<'PATCH', '/users/:id'>;

async function applyUpdate(trx: Db, user: User, input: UpdateUserInput): Promise<User> {
  const next = { ...user };
  if (input.name !== undefined) {
    next.name = input.name.trim();
    if (next.name === '') throw invalid('name must not be empty');
  }
  if (input.avatar_url !== undefined) next.avatarUrl = input.avatar_url === '' ? null : avatarUrl(input.avatar_url);
  if (input.status !== undefined) {
    const availability = USER_AVAILABILITIES.find((a) => a === input.status);
    if (!availability) throw invalid(`status must be one of ${USER_AVAILABILITIES.join(', ')}`);
    if (user.status === 'deactivated') throw invalid('A deactivated user has no availability: reactivate them first');
    next.availability = availability;
  }
  if (input.role_id !== undefined) {
    const role = findUserRole(input.role_id);
    if (!role) throw notFound('User role');
    const demotesActiveAdmin = user.role === 'admin' && role.id !== 'admin' && user.status === 'active';
    if (demotesActiveAdmin && (await countActiveAdmins(trx, user.workspaceId)) <= 1) {
      throw invalid('The last active admin of a workspace cannot be given another role');
    }
    next.role = role.id;
  }
  return next;
}

/**
 * `PATCH /users/{id}` (admins: managing users is the workspace's configuration). A role change takes turns with
 * deactivations (the same lock), so the workspace always keeps an active admin.
 */
export async function updateUser(deps: Deps, actor: Actor, id: string, input: UpdateUserInput) {
  const { json, roleChanged } = await deps.store.db.transaction().execute(async (trx) => {
    await dialectOf(trx).serializeTransaction(trx, USER_STATUS_LOCK_KEY);
    const user = await findUserById(trx, actor.workspaceId, id);
    if (!user) throw notFound('User');
    const next = await applyUpdate(trx, user, input);
    await updateUserProfile(trx, next);
    const json = userJson(next);
    await recordEvent(trx, {
      workspaceId: actor.workspaceId,
      type: 'user.updated',
      subjectId: id,
      payload: { user: json },
    });
    const roleChanged = next.role !== user.role;
    if (roleChanged) {
      await recordAudit(trx, {
        workspaceId: actor.workspaceId,
        actorUserId: actor.userId,
        action: 'user.role_changed',
        objectType: 'user',
        objectId: id,
        attributes: { from: user.role, to: next.role },
      });
    }
    return { json, roleChanged };
  });
  // A token's role is read when it authenticates: a demoted admin's cached authentication must not outlive the change.
  if (roleChanged) forgetAuthentications();
  return json;
}
