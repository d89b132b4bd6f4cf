import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { User } from './user.repository.js';
import { findUserRole } from '../user-roles/user-role.catalog.js';

export function userJson(user: User): ContractSchema<'User'> {
  return compact<ContractSchema<'User'>>({
    id: user.id,
    name: user.name,
    email: user.email,
    emails: [user.email],
    avatar_url: user.avatarUrl,
    role_id: user.role,
    role: findUserRole(user.role),
    // A deactivated user shows as such whatever they last said of their availability.
    status: user.status === 'deactivated' ? 'deactivated' : user.availability,
  });
}
