import type { Actor } from '../../core/actor.js';
import { nowIso } from '../../core/clock.js';
import type { ContractBody } from '../../core/contract/operation-types.js';
import type { Deps } from '../../core/deps.js';
import { invalid, notFound } from '../../core/errors.js';
import { newId } from '../../core/ids.js';
import { pageById } from '../../core/pagination.js';
import type { Db } from '../../core/store/database.js';
import { recordAudit } from '../audit-logs/audit-log.service.js';
import { recordEvent } from '../events/event.service.js';
import { requireUser } from '../users/user.service.js';
import { teamJson } from './team.json.js';
import {
  findTeamById,
  insertTeam,
  listTeams as listTeamRows,
  updateTeam as updateTeamRow,
  type Team,
  type TeamMember,
} from './team.repository.js';

const MAX_NAME_LENGTH = 200;

/** As the contract defines them. */
export type CreateTeamInput = ContractBody<'POST', '/teams'>;
export type UpdateTeamInput = ContractBody<'PATCH', '/teams/:id'>;

function teamName(raw: string | undefined): string {
  const name = (raw ?? '').trim();
  if (name === '') throw invalid('name must not be empty');
  if (name.length > MAX_NAME_LENGTH) throw invalid(`name must be at most ${MAX_NAME_LENGTH} characters`);
  return name;
}

/** The users a request names, each a user of the workspace (404 otherwise), once each in the order given. */
async function resolveMembers(db: Db, actor: Actor, userIds: readonly string[]): Promise<TeamMember[]> {
  const members: TeamMember[] = [];
  for (const id of new Set(userIds)) {
    const user = await requireUser(db, actor, id);
    members.push({ id: user.id, email: user.email });
  }
  return members;
}

/** A team of the caller's workspace that a request names (as an issue's team), or a 404. */
export async function requireTeam(db: Db, actor: Actor, id: string): Promise<Team> {
  const team = await findTeamById(db, actor.workspaceId, id);
  if (!team) throw notFound('Team');
  return team;
}

async function recordTeamChange(db: Db, actor: Actor, team: Team, type: 'team.created' | 'team.updated') {
  const json = teamJson(team);
  await recordEvent(db, { workspaceId: actor.workspaceId, type, subjectId: team.id, payload: { team: json } });
  await recordAudit(db, {
    workspaceId: actor.workspaceId,
    actorUserId: actor.userId,
    action: type,
    objectType: 'team',
    objectId: team.id,
    attributes: { member_count: String(team.members.length) },
  });
  return json;
}

export async function createTeam(deps: Deps, actor: Actor, input: CreateTeamInput) {
  const name = teamName(input.name);
  return deps.store.db.transaction().execute(async (trx) => {
    const now = nowIso();
    const team: Team = {
      id: newId(),
      workspaceId: actor.workspaceId,
      name,
      members: await resolveMembers(trx, actor, input.user_ids ?? []),
      createdAt: now,
      updatedAt: now,
    };
    await insertTeam(trx, team);
    return recordTeamChange(trx, actor, team, 'team.created');
  });
}

/** Changes the name and, when `user_ids` is given, makes the membership exactly those users. */
export async function updateTeam(deps: Deps, actor: Actor, id: string, input: UpdateTeamInput) {
  return deps.store.db.transaction().execute(async (trx) => {
    const team = await requireTeam(trx, actor, id);
    const next: Team = {
      ...team,
      name: input.name === undefined ? team.name : teamName(input.name),
      members: input.user_ids === undefined ? team.members : await resolveMembers(trx, actor, input.user_ids),
      updatedAt: nowIso(),
    };
    await updateTeamRow(trx, next);
    return recordTeamChange(trx, actor, next, 'team.updated');
  });
}

export async function getTeam(deps: Deps, actor: Actor, id: string) {
  return teamJson(await requireTeam(deps.store.db, actor, id));
}

export const listTeams = (deps: Deps, actor: Actor, query: { cursor?: string; limit?: number }) =>
  pageById(
    `teams:${actor.workspaceId}`,
    query,
    (page) => listTeamRows(deps.store.db, actor.workspaceId, page),
    (rows) => rows.map(teamJson),
  );
