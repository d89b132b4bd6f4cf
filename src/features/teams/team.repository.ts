import type { Db } from '../../core/store/database.js';
import type { Page } from '../../core/store/keyset.js';
import type { TeamRow } from './team.table.js';

export interface TeamMember {
  id: string;
  email: string;
}

export interface Team {
  id: string;
  workspaceId: string;
  name: string;
  members: TeamMember[];
  createdAt: string;
  updatedAt: string;
}

async function withMembers(db: Db, rows: TeamRow[]): Promise<Team[]> {
  if (rows.length === 0) return [];
  const members = await db
    .selectFrom('team_members')
    .innerJoin('users', 'users.id', 'team_members.user_id')
    .select(['team_members.team_id', 'users.id', 'users.email'])
    .where(
      'team_members.team_id',
      'in',
      rows.map((r) => r.id),
    )
    .orderBy('team_members.position')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    workspaceId: row.workspace_id,
    name: row.name,
    members: members.filter((m) => m.team_id === row.id).map((m) => ({ id: m.id, email: m.email })),
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  }));
}

async function insertMembers(db: Db, team: Team): Promise<void> {
  if (team.members.length === 0) return;
  await db
    .insertInto('team_members')
    .values(
      team.members.map((m, position) => ({
        team_id: team.id,
        user_id: m.id,
        workspace_id: team.workspaceId,
        position,
      })),
    )
    .execute();
}

export async function insertTeam(db: Db, team: Team): Promise<void> {
  await db
    .insertInto('teams')
    .values({
      id: team.id,
      workspace_id: team.workspaceId,
      name: team.name,
      created_at: team.createdAt,
      updated_at: team.updatedAt,
    })
    .execute();
  await insertMembers(db, team);
}

/** Writes the team's name and replaces its membership with `team.members`. */
export async function updateTeam(db: Db, team: Team): Promise<void> {
  await db
    .updateTable('teams')
    .set({ name: team.name, updated_at: team.updatedAt })
    .where('workspace_id', '=', team.workspaceId)
    .where('id', '=', team.id)
    .execute();
  await db.deleteFrom('team_members').where('team_id', '=', team.id).execute();
  await insertMembers(db, team);
}

export async function findTeamById(db: Db, workspaceId: string, id: string): Promise<Team | undefined> {
  const row = await db
    .selectFrom('teams')
    .selectAll()
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .executeTakeFirst();
  return row && (await withMembers(db, [row]))[0];
}

export async function listTeams(db: Db, workspaceId: string, page: Page): Promise<Team[]> {
  let query = db.selectFrom('teams').selectAll().where('workspace_id', '=', workspaceId);
  if (page.afterId) query = query.where('id', '>', page.afterId);
  return withMembers(
    db,
    await query
      .orderBy('id')
      .limit(page.limit + 1)
      .execute(),
  );
}
