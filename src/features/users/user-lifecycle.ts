import type { Actor } from '../../core/actor.js';
import { invalid, notFound } from '../../core/errors.js';
import { dialectOf } from '../../core/store/dialect.js';
import type { Kysely } from 'kysely';
import type { Database, Db } from '../../core/store/database.js';
import { forgetAuthentications } from '../api-tokens/api-token.service.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { countActiveAdmins, findUserById, setUserStatus, type User } from './user.repository.js';
import { userJson } from './user.json.js';
import type { UserStatus } from './user.table.js';

/**
 * Status changes take turns (on PostgreSQL, across instances): two admins deactivating each other at the same
 * moment must not both succeed and leave the workspace without an active admin.
 */
export const USER_STATUS_LOCK_KEY = 0x55736572; // "User"

/** Who asks: a user of the API (who cannot deactivate themselves), or the operator at the CLI (null). */
type Requester = Pick<Actor, 'workspaceId'> & { userId: string | null };

/**
 * Deactivates a user of the workspace: their tokens stop working (401 within a second on every instance); their
 * messages, notes and assignments stay. Deactivating a deactivated user changes nothing.
 */
export async function deactivateUser(db: Kysely<Database>, requester: Requester, id: string) {
  if (requester.userId === id) throw invalid('You cannot deactivate yourself');
  return changeStatus(db, requester, id, 'deactivated', async (trx, user) => {
    if (user.role === 'admin' && (await countActiveAdmins(trx, requester.workspaceId)) <= 1) {
      throw invalid('The last active admin of a workspace cannot be deactivated');
    }
  });
}

/** Reactivates a user: their tokens (those neither revoked nor expired) work again. */
export const reactivateUser = (db: Kysely<Database>, requester: Requester, id: string) =>
  changeStatus(db, requester, id, 'active', async () => undefined);

async function changeStatus(
  db: Kysely<Database>,
  requester: Requester,
  id: string,
  status: UserStatus,
  check: (trx: Db, user: User) => Promise<void>,
) {
  const user = await db.transaction().execute(async (trx) => {
    await dialectOf(trx).serializeTransaction(trx, USER_STATUS_LOCK_KEY);
    const found = await findUserById(trx, requester.workspaceId, id);
    if (!found) throw notFound('User');
    if (found.status === status) return found;
    await check(trx, found);
    await setUserStatus(trx, requester.workspaceId, id, status);
    await recordAudit(trx, {
      workspaceId: requester.workspaceId,
      actorUserId: requester.userId,
      action: status === 'active' ? 'user.reactivated' : 'user.deactivated',
      objectType: 'user',
      objectId: id,
      attributes: { role: found.role },
    });
    return { ...found, status };
  });
  // This instance refuses the user's tokens at once; the others within their authentication cache's lifetime.
  forgetAuthentications();
  return userJson(user);
}
