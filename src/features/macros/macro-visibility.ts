import type { Actor } from '../../core/actor.js';
import type { ContractSchema } from '../../core/contract/operation-types.js';
import { invalid } from '../../core/errors.js';
import type { Db } from '../../core/store/database.js';
import { findTeamById } from '../teams/team.repository.js';
import { findUserById } from '../users/user.repository.js';
import type { MacroVisibility } from './macro.repository.js';

type VisibilityInput = ContractSchema<'VisibilityInput'>;

/** Everyone in the workspace sees a macro unless it says otherwise. */
export const ORG_VISIBILITY: MacroVisibility = { type: 'org', userIds: [], teamIds: [] };

const uniqueIds = (ids: readonly string[] | undefined): string[] => [
  ...new Set((ids ?? []).map((id) => id.trim()).filter(Boolean)),
];

/**
 * Who may use a macro: the whole workspace, or listed users and/or teams. The lists a type needs are required and
 * must name users and teams of the workspace; lists the type does not use are dropped.
 */
export async function macroVisibility(db: Db, actor: Actor, input: VisibilityInput): Promise<MacroVisibility> {
  const usesUsers = input.type === 'user' || input.type === 'users_and_teams';
  const usesTeams = input.type === 'team' || input.type === 'users_and_teams';
  const userIds = usesUsers ? uniqueIds(input.user_ids) : [];
  const teamIds = usesTeams ? uniqueIds(input.team_ids) : [];
  if (usesUsers && userIds.length === 0) throw invalid(`visibility.user_ids is required when type is ${input.type}`);
  if (usesTeams && teamIds.length === 0) throw invalid(`visibility.team_ids is required when type is ${input.type}`);
  // The contract documents no 404 for writing a macro: an id that names nobody is a bad request.
  for (const id of userIds)
    if (!(await findUserById(db, actor.workspaceId, id))) throw invalid(`visibility.user_ids: there is no user ${id}`);
  for (const id of teamIds)
    if (!(await findTeamById(db, actor.workspaceId, id))) throw invalid(`visibility.team_ids: there is no team ${id}`);
  return { type: input.type, userIds, teamIds };
}
