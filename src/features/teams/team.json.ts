import type { ContractSchema } from '../../core/contract/operation-types.js';
import type { Team } from './team.repository.js';

export function teamJson(team: Team): ContractSchema<'Team'> {
  return { id: team.id, name: team.name, users: team.members.map((m) => ({ id: m.id, email: m.email })) };
}
