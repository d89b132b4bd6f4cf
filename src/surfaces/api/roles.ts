import type { Actor, Role } from '../../core/actor.js';
import { forbidden } from '../../core/errors.js';

/**
 * The one place roles are enforced. A route declares `role: 'admin'` in its definition; every other route is open
 * to any signed-in user of the workspace. Checked after authentication and before the rate limit, so a refused call
 * costs the workspace none of its allowance.
 *
 * | who    | may                                                                                          |
 * |--------|----------------------------------------------------------------------------------------------|
 * | member | read everything except audit logs; create and update issues; reply, note, create threads;   |
 * |        | assign and change state; redact a message (removing a customer's leaked secret is daily work) |
 * | admin  | everything a member may, and: delete issues; delete messages; read audit logs; manage users  |
 * |        | (deactivate, reactivate); API tokens; webhooks (every /webhooks route); support addresses   |
 *
 * A member calling an admin operation gets 403 in the error envelope; another workspace's object stays a 404.
 */
export function checkRole(required: Role | undefined, actor: Actor): void {
  if (required !== undefined && actor.role !== required) {
    throw forbidden(`This operation needs an ${required} token`);
  }
}
