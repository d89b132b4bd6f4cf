import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { Role } from '../../core/actor.js';

/**
 * The roles a workspace's users can hold. They are fixed (the API has no operation to define roles), and a role's id
 * is its slug, the value `role_id` takes on a user and in `PATCH /users/{id}`.
 */
export const USER_ROLES: readonly (ContractSchema<'UserRole'> & { id: Role; slug: Role })[] = [
  { id: 'admin', name: 'Admin', slug: 'admin' },
  { id: 'member', name: 'Member', slug: 'member' },
];

export const findUserRole = (id: string) => USER_ROLES.find((role) => role.id === id);
