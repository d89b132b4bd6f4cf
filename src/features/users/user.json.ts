import type { ContractSchema } from '../../core/contract/operation-types.js';
import { compact } from '../../core/json.js';
import type { User } from './user.repository.js';

export function userJson(user: User): ContractSchema<'User'> {
  return compact<ContractSchema<'User'>>({
    id: user.id,
    name: user.name,
    email: user.email,
    emails: [user.email],
    avatar_url: user.avatarUrl,
    role_id: user.role,
    role: { id: user.role, name: user.role === 'admin' ? 'Admin' : 'Member', slug: user.role },
    status: user.status,
  });
}
